package kg.gov.kuzmat.web.privacy;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.privacy.MyData;
import kg.gov.kuzmat.privacy.PersonalDataReport;
import kg.gov.kuzmat.web.faces.Attachments;
import kg.gov.kuzmat.web.i18n.LanguagePreference;

import java.io.IOException;
import java.time.LocalDate;

/**
 * /account/my-data.json and /account/my-data.pdf: the applicant's copy of everything held about them,
 * machine-readable and readable. Never cached anywhere.
 */
@WebServlet({"/account/my-data.json", "/account/my-data.pdf"})
public class PersonalDataExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyData myData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        PersonalDataReport report = myData.copy(pdf ? "PDF" : "JSON");
        String name = "kuzmat-my-data-" + LocalDate.now(ClockProducer.BISHKEK) + (pdf ? ".pdf" : ".json");
        Attachments.send(pdf
                ? new DocumentFile(name, "application/pdf", PersonalDataPdf.render(report, LanguagePreference.of(request).getLocale()))
                : Attachments.json(name, report), response);
    }
}
