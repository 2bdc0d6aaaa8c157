package kg.gov.kuzmat.testing;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where in the database any of the values ({@code ?value=…}, repeated) still appears: every row of every
 * table the database's catalogue lists in the portal's schema, one "table: value" line per finding. Deployed
 * beside the portal only by the tests that check what an erasure left behind.
 */
@WebServlet("/places-holding")
public class PlacesHoldingFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> values = List.of(request.getParameterValues("value"));
        Set<String> places = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet listed = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (listed.next()) {
                    if ("public".equalsIgnoreCase(listed.getString("TABLE_SCHEM"))
                            && !listed.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(listed.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (Statement read = connection.createStatement();
                     ResultSet rows = read.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String text = text(rows.getObject(column));
                            values.stream().filter(text::contains).forEach(value -> places.add(table.toLowerCase() + ": " + value));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", places));
    }

    private static String text(Object cell) throws SQLException, IOException {
        if (cell instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (cell instanceof Blob blob) {
            try (InputStream content = blob.getBinaryStream()) {
                return new String(content.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (cell instanceof Clob clob) {
            try (Reader content = clob.getCharacterStream(); StringWriter text = new StringWriter()) {
                content.transferTo(text);
                return text.toString();
            }
        }
        return String.valueOf(cell);
    }
}
