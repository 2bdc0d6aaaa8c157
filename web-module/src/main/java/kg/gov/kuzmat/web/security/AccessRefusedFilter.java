package kg.gov.kuzmat.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A page or file whose service refuses the signed-in person's role (an HR officer opening an applicant's
 * page, say) answers 403 with the translated "not allowed" page, not a 500 with a stack trace: the EJB
 * layer's refusal is the authorisation, and this only words it.
 */
@WebFilter(filterName = "accessRefused")
public class AccessRefusedFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!refusedAccess(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean refusedAccess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
