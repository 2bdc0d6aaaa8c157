package kg.gov.kuzmat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * A defence against cross-site request forgery that covers every form, the public stateless ones too
 * (they carry no view state a forger would lack): a state-changing request is taken only when the browser
 * says it comes from this site, by its {@code Origin} or, where a browser leaves that out, its
 * {@code Referer}. {@code Origin: null} (a sandboxed or "no-referrer" page of another site) and a request
 * that names neither are refused: every browser the portal supports sends Origin with a form's POST, so
 * only a forger's page, or a client that is no browser at all, sends neither.
 */
@WebFilter(filterName = "sameOrigin")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if ("null".equals(source)) {
            return false;
        }
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(source.strip());
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(uri.getScheme()) && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
