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
 * An interview recording: /hr/interview-recording for the HR officer of the vacancy's agency (recorded
 * as a view), /account/interview-recording for the candidate's own copy.
 */
@WebServlet({"/hr/interview-recording", "/account/interview-recording"})
public class InterviewRecordingServlet extends HttpServlet {

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
            long recording = Long.parseLong(request.getParameter("recording"));
            file = request.getServletPath().startsWith("/hr/")
                    ? candidateFiles.recording(application, recording)
                    : applying.recording(application, recording);
        } catch (NumberFormatException | BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownloadServlet.send(file, response);
    }
}
