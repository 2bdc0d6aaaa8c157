package kg.gov.kuzmat.web.privacy;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.privacy.MyConsent;
import kg.gov.kuzmat.security.Role;

import java.io.IOException;
import java.util.Set;

/**
 * An applicant who has not accepted the policy revision in force sees only the page that asks for
 * it (clause 5.1). The services refuse such an applicant too; this filter is what makes the page
 * come first instead of a refusal.
 */
@WebFilter("/account/*")
public class ConsentGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CONSENT_PAGE = "/account/consent.xhtml";
    /**
     * A person who does not accept the new revision may still see, take and erase their data, and leave.
     * A test already running when a revision is published goes on: its answers are saved until its time
     * is up (it was started under the consent then in force); the test page itself asks first.
     */
    private static final Set<String> OPEN_WITHOUT_CONSENT = Set.of(CONSENT_PAGE, "/account/my-data.xhtml",
            "/account/my-data.json", "/account/my-data.pdf", "/account/exam-answer");

    @EJB
    private MyConsent myConsent;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean open = OPEN_WITHOUT_CONSENT.contains(request.getServletPath());
        if (request.isUserInRole(Role.Names.APPLICANT) && !open && !myConsent.hasAcceptedCurrent()) {
            response.sendRedirect(request.getContextPath() + CONSENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
