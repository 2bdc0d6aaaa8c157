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
import kg.gov.kuzmat.web.faces.Attachments;

import java.io.IOException;

/**
 * A file of an application — a document as it was submitted ({@code ?application=…&document=…}) or an
 * interview recording ({@code ?application=…&recording=…}): under /hr/ for the HR officer of the
 * vacancy's agency (recorded as a view of the candidate's data), under /account/ for the candidate.
 */
@WebServlet({"/hr/application-document", "/account/application-document", "/hr/interview-recording",
        "/account/interview-recording"})
public class ApplicationFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CandidateFiles candidateFiles;

    @EJB
    private Applying applying;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean officer = request.getServletPath().startsWith("/hr/");
        boolean recording = request.getServletPath().endsWith("/interview-recording");
        DocumentFile file;
        try {
            long application = Long.parseLong(request.getParameter("application"));
            long id = Long.parseLong(request.getParameter(recording ? "recording" : "document"));
            if (recording) {
                file = officer ? candidateFiles.recording(application, id) : applying.recording(application, id);
            } else {
                file = officer ? candidateFiles.document(application, id) : applying.document(application, id);
            }
        } catch (NumberFormatException | BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.send(file, response);
    }
}
