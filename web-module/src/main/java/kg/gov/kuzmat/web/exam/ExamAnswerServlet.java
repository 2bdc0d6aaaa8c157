package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.api.Problem;
import kg.gov.kuzmat.exam.ExamTaking;
import kg.gov.kuzmat.exam.SavedAnswer;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.LocalizedText;

import java.io.IOException;

/**
 * Saves one answer of a running test as the candidate chooses it ({@code POST attempt, position,
 * place}), answering JSON: the saved answer and the seconds left on the server's clock, or a problem
 * document in the candidate's language. Under /account/, so only a signed-in person reaches it; the
 * service checks the attempt is theirs. The request must carry the {@value #HEADER} header, which a
 * form on another site cannot send: that is this endpoint's defence against cross-site requests.
 */
@WebServlet("/account/exam-answer")
public class ExamAnswerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Kuzmat-Exam";
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private ExamTaking taking;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalizedText texts = new LocalizedText(LanguagePreference.of(request).getLocale());
        if (request.getHeader(HEADER) == null) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, texts.text("exam.answerInvalid"));
            return;
        }
        long attempt;
        int position;
        int place;
        try {
            attempt = Long.parseLong(request.getParameter("attempt"));
            position = Integer.parseInt(request.getParameter("position"));
            place = Integer.parseInt(request.getParameter("place"));
        } catch (NumberFormatException missing) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, texts.text("exam.answerInvalid"));
            return;
        }
        try {
            SavedAnswer saved = taking.save(attempt, position, place, request.getRemoteAddr());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(JSON.toJson(saved));
        } catch (BusinessException refused) {
            int status = "exam.attemptNotFound".equals(refused.getMessageKey()) ? HttpServletResponse.SC_NOT_FOUND
                    : "exam.answerInvalid".equals(refused.getMessageKey()) ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT;
            problem(response, status, refused.getArguments().isEmpty() ? texts.text(refused.getMessageKey())
                    : texts.format(refused.getMessageKey(), refused.getArguments().toArray()));
        } catch (EJBAccessException notACandidate) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, texts.text("exam.attemptNotFound"));
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(new Problem("about:blank", detail, status, detail, null)));
    }
}
