package kg.gov.kuzmat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A form post the server will not read (more parameters than Undertow takes, 1,000 by default, or an
 * undecodable body) answers 400 with the translated error page, before anything else would fail on it
 * with a server error halfway through a page.
 */
@WebFilter(filterName = "readableRequest")
public class ReadableRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            try {
                request.getParameterMap();
            } catch (RuntimeException unreadable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
