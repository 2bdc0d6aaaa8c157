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

import kg.gov.kuzmat.mail.MailTexts;

import java.io.IOException;
import java.net.URI;
import java.util.OptionalInt;

/**
 * With {@value #PORT_PROPERTY} set (the HTTPS port the public reaches, 443 in production), the portal
 * speaks only HTTPS: a plain HTTP request is sent to the same path on the public host over HTTPS (a GET permanently,
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
        String target = "https://" + publicHost(request) + (port.getAsInt() == 443 ? "" : ":" + port.getAsInt())
                + request.getRequestURI() + (query == null ? "" : "?" + query);
        response.setStatus("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
    }

    /**
     * The host of the portal's public address ({@value MailTexts#ADDRESS_PROPERTY}), never one a
     * request names: a permanent redirect built from a forged Host header could be kept by a cache and
     * send every later visitor elsewhere. Without the setting (a developer's machine), the request's.
     */
    static String publicHost(HttpServletRequest request) {
        String configured = System.getProperty(MailTexts.ADDRESS_PROPERTY);
        String host = configured == null ? null : URI.create(configured.strip()).getHost();
        if (host == null) {
            host = request.getServerName();
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
