package kg.gov.kuzmat.web.caching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Public pages and API answers carry a strong ETag (a digest of the body) and may be kept for a
 * minute by browsers and shared caches; a client that sends the ETag back gets 304 without the body.
 * Anything a signed-in person sees is private and never stored. The language cookie and the browser's
 * languages choose the text, so caches keep a copy per language.
 */
@WebFilter(urlPatterns = "/*")
public class PublicCachingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PUBLIC = "public, max-age=60";
    static final String PRIVATE = "private, no-store";
    private static final Set<String> PRIVATE_AREAS = Set.of("/hr/", "/admin/", "/account/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isCacheableRequest(request, path)) {
            if (request.getRemoteUser() != null || PRIVATE_AREAS.stream().anyMatch(path::startsWith)) {
                response.setHeader("Cache-Control", PRIVATE);
            }
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        // Only a complete, successful answer to an anonymous reader is shared.
        if (buffered.getStatus() != HttpServletResponse.SC_OK || buffered.containsHeader("Set-Cookie")
                || request.getRemoteUser() != null) {
            buffered.sendBuffered(body);
            return;
        }
        String etag = "\"" + digest(body) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", PUBLIC);
        response.setHeader("Vary", "Cookie, Accept-Language");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        buffered.sendBuffered(body);
    }

    private static boolean isCacheableRequest(HttpServletRequest request, String path) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return read
                && request.getRemoteUser() == null
                && request.getRequestedSessionId() == null
                && PRIVATE_AREAS.stream().noneMatch(path::startsWith)
                && !path.startsWith("/jakarta.faces.resource/")
                && !path.equals("/language");
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
