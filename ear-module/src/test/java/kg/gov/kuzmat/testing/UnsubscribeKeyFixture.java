package kg.gov.kuzmat.testing;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The key of a saved search's unsubscribe link, which only the daily alert mail carries: deployed beside
 * the portal only by the tests that follow that link, so that they need not wait for the morning.
 */
@WebServlet("/unsubscribe-key")
public class UnsubscribeKeyFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT unsubscribe_key FROM saved_search WHERE name = ?")) {
            query.setString(1, request.getParameter("search"));
            try (ResultSet key = query.executeQuery()) {
                response.getWriter().print(key.next() ? key.getString(1) : "");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
