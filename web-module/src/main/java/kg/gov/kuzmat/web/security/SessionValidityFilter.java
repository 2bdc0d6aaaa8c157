package kg.gov.kuzmat.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kg.gov.kuzmat.security.CallerAccounts;

import java.io.IOException;

/**
 * A signed-in session lasts only as long as its reason: once the account's password is reset, the account
 * erased or the officer disabled, the next request of every other session of the account is signed out
 * and sent to the sign-in page, which says why. Works on a cluster, since it compares with the database,
 * not with a list of sessions one node holds.
 */
@WebFilter(filterName = "sessionValidity")
public class SessionValidityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Where a session keeps the credential stamp it signed in with. */
    static final String STAMP = "kg.gov.kuzmat.credential-stamp";

    @EJB
    private CallerAccounts callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            HttpSession session = request.getSession(false);
            Object stamp = session == null ? null : session.getAttribute(STAMP);
            if (!(stamp instanceof String signedInWith) || !callers.holdsSession(signedInWith)) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml?notice=sessionEnded");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Called once a person has signed in: the session keeps the stamp of the password it was opened with. */
    static void remember(HttpServletRequest request, CallerAccounts callers) {
        callers.credentialStamp().ifPresent(stamp -> request.getSession(true).setAttribute(STAMP, stamp));
    }
}
