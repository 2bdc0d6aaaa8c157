package kg.gov.kuzmat.web.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every request an id that every log line written while serving it carries (the logging
 * subsystem's JSON log shows it under "mdc"), that the answer returns in {@value #HEADER}, and that the
 * error page shows, so a person's "it failed at 14:02" can be matched to the server's record. An id a
 * front proxy already gave the request is kept, so one id can follow it through both logs; a client
 * can choose its own id that way, which only labels its own requests.
 */
@WebFilter(filterName = "requestId")
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestIdFilter.class.getName());
    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "kuzmat.requestId";
    static final String LOG_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idOf(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        Object outer = MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // The server logs an unhandled failure only after this filter has returned, without the id:
            // this line is the one that carries it.
            LOG.log(Level.SEVERE, "Request failed: " + request.getMethod() + " " + request.getRequestURI(), failure);
            throw failure;
        } finally {
            if (outer == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, outer);
            }
        }
    }

    /** The balancer's id when it is a plain token (never free text, which could forge log lines), else a new one. */
    static String idOf(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
