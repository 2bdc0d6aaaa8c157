package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.exam.QuestionBank;
import kg.gov.kuzmat.platform.Spreadsheet;
import kg.gov.kuzmat.web.faces.Attachments;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * /admin/question-bank?format=csv|xlsx: the active questions in the spreadsheet format the bank imports, so that
 * an export edited offline can be imported elsewhere. Only administrators reach it (the /admin/* constraint).
 */
@WebServlet("/admin/question-bank")
public class QuestionBankExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuestionBank bank;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<List<String>> rows = bank.exportRows();
        String fileName = "kuzmat-question-bank-" + LocalDate.now(clock) + "." + format;
        DocumentFile file = "csv".equals(format)
                ? new DocumentFile(fileName, Spreadsheet.CSV_TYPE, Spreadsheet.csv(rows))
                : new DocumentFile(fileName, Spreadsheet.XLSX_TYPE, Spreadsheet.xlsx("questions", rows));
        Attachments.send(file, response);
    }
}
