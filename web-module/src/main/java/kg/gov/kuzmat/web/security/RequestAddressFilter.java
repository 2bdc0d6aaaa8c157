package kg.gov.kuzmat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.audit.RequestAddress;

import java.io.IOException;

/**
 * Tells the audit where each request comes from. Behind a reverse proxy the administrator enables
 * Undertow's proxy-address-forwarding, so that this is the person's address, not the proxy's.
 */
@WebFilter(filterName = "requestAddress")
public class RequestAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestAddress.begin(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestAddress.end();
        }
    }
}
