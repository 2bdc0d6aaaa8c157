package kg.gov.kuzmat.web.statistics;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.Spreadsheet;
import kg.gov.kuzmat.statistics.Dashboard;
import kg.gov.kuzmat.statistics.PortalStatistics;
import kg.gov.kuzmat.web.faces.Attachments;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * /admin/statistics-export?format=csv|xlsx&amp;from=…&amp;to=…&amp;agency=…: the dashboard's figures, and
 * only those (suppressed ones empty), as a spreadsheet.
 */
@WebServlet("/admin/statistics-export")
public class StatisticsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PortalStatistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Dashboard dashboard;
        try {
            LocalDate to = request.getParameter("to") == null ? LocalDate.now() : LocalDate.parse(request.getParameter("to"));
            LocalDate from = request.getParameter("from") == null ? to.minusYears(1).plusDays(1)
                    : LocalDate.parse(request.getParameter("from"));
            dashboard = statistics.dashboard(from, to, request.getParameter("agency"));
        } catch (DateTimeParseException | BusinessException invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = "kuzmat-statistics-" + dashboard.from() + "-" + dashboard.to() + "." + format;
        byte[] content = "csv".equals(format) ? Spreadsheet.csv(dashboard.rows()) : Spreadsheet.xlsx("Statistics", dashboard.rows());
        Attachments.send(new DocumentFile(name, "csv".equals(format) ? Spreadsheet.CSV_TYPE : Spreadsheet.XLSX_TYPE, content),
                response);
    }
}
