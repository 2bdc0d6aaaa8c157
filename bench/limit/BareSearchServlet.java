package kg.gov.kuzmat.bench;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The limit the portal is measured against (bench/README.md): the same three queries the search page
 * runs for "open vacancies of a region, newest first" (VacancyCatalogue.search) — the ids of a page
 * along the order index, their rows, and the matches counted up to 1,001 — over plain JDBC, written out
 * as a bare HTML table. No framework, no session. Benchmark-only: never in the EAR.
 */
@WebServlet("/search")
public class BareSearchServlet extends HttpServlet {

    private static final String MATCHES = "SELECT v.id FROM vacancy v WHERE v.status = 'PUBLISHED'"
            + " AND COALESCE(v.application_deadline, v.published_on) >= ? AND v.region = ?"
            + " ORDER BY v.published_on DESC, v.id DESC";

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String region = request.getParameter("region");
        int page = request.getParameter("page") == null ? 0 : Integer.parseInt(request.getParameter("page")) - 1;
        Date today = Date.valueOf(LocalDate.now(ZoneId.of("Asia/Bishkek")));
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try (Connection db = dataSource.getConnection();
             PreparedStatement pageIds = db.prepareStatement(MATCHES + " LIMIT 10 OFFSET ?");
             PreparedStatement count = db.prepareStatement(MATCHES + " LIMIT 1001");
             PreparedStatement rows = db.prepareStatement("SELECT v.id, v.title, a.name_ru, v.salary_min, v.salary_max,"
                     + " v.application_deadline FROM vacancy v JOIN agency a ON a.id = v.agency_id WHERE v.id = ANY(?)"
                     + " ORDER BY v.published_on DESC, v.id DESC")) {
            pageIds.setDate(1, today);
            pageIds.setString(2, region);
            pageIds.setInt(3, page * 10);
            List<Long> ids = new ArrayList<>();
            try (ResultSet result = pageIds.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
            count.setDate(1, today);
            count.setString(2, region);
            int matches = 0;
            try (ResultSet result = count.executeQuery()) {
                while (result.next()) {
                    matches++;
                }
            }
            out.println("<p>" + Math.min(matches, 1000) + "</p><table>");
            rows.setArray(1, db.createArrayOf("BIGINT", ids.toArray()));
            try (ResultSet result = rows.executeQuery()) {
                while (result.next()) {
                    out.println("<tr><td><a href=\"/vacancy.xhtml?id=" + result.getLong(1) + "\">" + result.getString(2)
                            + "</a></td><td>" + result.getString(3) + "</td><td>" + result.getInt(4) + "–" + result.getInt(5)
                            + "</td><td>" + result.getDate(6) + "</td></tr>");
                }
            }
            out.println("</table>");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
