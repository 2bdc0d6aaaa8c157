package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.web.faces.Attachments;
import kg.gov.kuzmat.web.i18n.LanguagePreference;

import java.io.IOException;
import java.time.Clock;

/** /hr/competition-protocol?vacancy=…: the protocol of the officer's own agency's competition, as a PDF. */
@WebServlet("/hr/competition-protocol")
public class CompetitionProtocolServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Competitions competitions;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CompetitionView competition;
        try {
            competition = competitions.protocol(Long.parseLong(request.getParameter("vacancy")));
        } catch (NumberFormatException | BusinessException notOurs) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.send(new DocumentFile("competition-" + competition.vacancyId() + "-protocol.pdf", "application/pdf",
                CompetitionProtocolPdf.render(competition, LanguagePreference.of(request).getLocale(), clock.instant())), response);
    }
}
