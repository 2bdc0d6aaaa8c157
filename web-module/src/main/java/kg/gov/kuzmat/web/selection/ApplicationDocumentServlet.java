package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.Applying;
import kg.gov.kuzmat.selection.CandidateFiles;
import kg.gov.kuzmat.web.applicant.DocumentDownloadServlet;

import java.io.IOException;

/**
 * A document as it was submitted with an application: /hr/application-document for the HR officer of
 * the vacancy's agency (recorded as a view), /account/application-document for the applicant.
 */
@WebServlet({"/hr/application-document", "/account/application-document"})
public class ApplicationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CandidateFiles candidateFiles;

    @EJB
    private Applying applying;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentFile file;
        try {
            long application = Long.parseLong(request.getParameter("application"));
            long document = Long.parseLong(request.getParameter("document"));
            file = request.getServletPath().startsWith("/hr/")
                    ? candidateFiles.document(application, document)
                    : applying.document(application, document);
        } catch (NumberFormatException | BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownloadServlet.send(file, response);
    }
}
