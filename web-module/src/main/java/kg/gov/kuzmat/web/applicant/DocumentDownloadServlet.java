package kg.gov.kuzmat.web.applicant;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.faces.Attachments;

import java.io.IOException;

/**
 * /account/document?id=…: the owner downloads a document, as an attachment of the type its bytes were
 * recognised as. Anyone else's document, or none, is a 404.
 */
@WebServlet("/account/document")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyDocuments myDocuments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentFile file;
        try {
            file = myDocuments.download(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.send(file, response);
    }

}
