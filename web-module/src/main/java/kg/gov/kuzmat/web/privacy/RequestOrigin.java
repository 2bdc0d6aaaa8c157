package kg.gov.kuzmat.web.privacy;

import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.privacy.ConsentContext;

/**
 * Where a consent came from, for its record. The address is the one the server sees; behind a
 * reverse proxy the administrator enables Undertow's proxy-address-forwarding so that it is the
 * citizen's, not the proxy's.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    public static ConsentContext of(HttpServletRequest request) {
        return new ConsentContext(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
