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
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Time travel for browser tests, deployed beside the portal only by the tests that need it: the
 * vacancy's deadline becomes the day before yesterday, so its competition can go on at once.
 */
@WebServlet("/deadline-passed")
public class DeadlineFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE vacancy SET application_deadline = ? WHERE id = ?")) {
            update.setObject(1, LocalDate.now().minusDays(2));
            update.setLong(2, Long.parseLong(request.getParameter("vacancy")));
            response.getWriter().print(update.executeUpdate());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
