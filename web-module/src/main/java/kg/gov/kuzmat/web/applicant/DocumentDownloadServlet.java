package kg.gov.kuzmat.web.applicant;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.platform.BusinessException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * /account/document?id=…: the owner downloads a document. Always as an attachment of the type its
 * bytes were recognised as, never sniffed or shown inline, so an uploaded file can never run as a
 * page of the portal. Anyone else's document, or none, is a 404.
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
        send(file, response);
    }

    /** Sends a document as an attachment of its recognised type, never to be sniffed, shown inline or cached. */
    public static void send(DocumentFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
