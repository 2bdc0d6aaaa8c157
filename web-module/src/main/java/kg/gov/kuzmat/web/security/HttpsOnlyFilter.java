package kg.gov.kuzmat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * With {@value #PORT_PROPERTY} set (the HTTPS port the public reaches, 443 in production), the portal
 * speaks only HTTPS: a plain HTTP request is sent to the same address over HTTPS (a GET permanently,
 * anything else with 308 so a form is not silently turned into a GET), and the session cookie is
 * marked Secure so it never travels in clear. Without it, as on a developer's machine, both schemes
 * answer. Behind a TLS-terminating proxy the server must trust its X-Forwarded-Proto
 * (proxy-address-forwarding), or every request would look plain.
 */
@WebFilter(filterName = "httpsOnly")
@WebListener
public class HttpsOnlyFilter extends HttpFilter implements ServletContextListener {

    private static final long serialVersionUID = 1L;
    static final String PORT_PROPERTY = "kuzmat.https-port";

    /** The HTTPS port everything is redirected to, when the portal is HTTPS only. */
    public static OptionalInt httpsPort() {
        Integer port = Integer.getInteger(PORT_PROPERTY);
        return port != null && port > 0 && port < 65_536 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (httpsPort().isPresent()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        OptionalInt port = httpsPort();
        if (port.isEmpty() || request.isSecure()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String target = "https://" + hostOnly(request.getServerName()) + (port.getAsInt() == 443 ? "" : ":" + port.getAsInt())
                + request.getRequestURI() + (query == null ? "" : "?" + query);
        response.setStatus("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
    }

    /** An IPv6 literal keeps its brackets in an address. */
    private static String hostOnly(String serverName) {
        return serverName.contains(":") && !serverName.startsWith("[") ? "[" + serverName + "]" : serverName;
    }
}
