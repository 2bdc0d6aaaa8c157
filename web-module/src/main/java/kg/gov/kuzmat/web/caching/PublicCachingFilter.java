package kg.gov.kuzmat.web.caching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.inject.Inject;
import kg.gov.kuzmat.platform.PublicContent;
import kg.gov.kuzmat.web.i18n.LanguagePreference;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Public pages and API answers carry a strong ETag (a digest of the body) and may be kept for a
 * minute by browsers and shared caches; a client that sends the ETag back gets 304 without the body.
 * Anything a signed-in person sees is private and never stored. The language cookie and the browser's
 * languages choose the text, so caches keep a copy per language. The server keeps copies too
 * ({@link PublicCopies}): a search that many people read is rendered once, not for each of them.
 */
@WebFilter(filterName = "publicCaching")
public class PublicCachingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PUBLIC = "public, max-age=60";
    static final String PRIVATE = "private, no-store";
    private static final Set<String> PRIVATE_AREAS = Set.of("/hr/", "/admin/", "/account/");
    /** Pages about one person: a registration form, and pages that act on a link mailed to them. */
    private static final Set<String> PERSONAL_PAGES = Set.of("/register.xhtml", "/confirm-email.xhtml",
            "/forgot-password.xhtml", "/reset-password.xhtml", "/unsubscribe.xhtml");
    /** Set here for every answer, so never part of a kept copy. */
    private static final Set<String> OWN_HEADERS = Set.of("etag", "cache-control", "vary", "content-length",
            "content-type", "date", "connection", "transfer-encoding");

    @Inject
    private PublicCopies copies;

    @Inject
    private PublicContent publicContent;

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isCacheableRequest(request, path)) {
            if (request.getRemoteUser() != null || PRIVATE_AREAS.stream().anyMatch(path::startsWith)
                    || PERSONAL_PAGES.contains(path)) {
                response.setHeader("Cache-Control", PRIVATE);
            }
            chain.doFilter(request, response);
            return;
        }
        boolean get = "GET".equals(request.getMethod());
        String key = LanguagePreference.of(request).getCode() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // Read before rendering: a change committed meanwhile makes this copy stale at once.
        long version = publicContent.version();
        LocalDate today = LocalDate.now(clock);
        Optional<PublicCopies.Copy> kept = get ? copies.find(key, version, today, clock.instant()) : Optional.empty();
        boolean renderer = false;
        if (get && kept.isEmpty()) {
            renderer = claimRendering(key);
            if (!renderer) {
                kept = copies.find(key, version, today, clock.instant());
            }
        }
        try {
            if (kept.isPresent()) {
                PublicCopies.Copy copy = kept.get();
                // What this request's own filters set (its id, the security headers) stays theirs: a copy
                // repeated every header and carried the id of the request it was made for.
                Set<String> ownedByThisRequest = response.getHeaderNames().stream()
                        .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
                copy.headers().stream().filter(header -> !ownedByThisRequest.contains(header.getKey().toLowerCase(Locale.ROOT)))
                        .forEach(header -> response.addHeader(header.getKey(), header.getValue()));
                response.setContentType(copy.contentType());
                send(request, response, copy.body(), copy.etag());
                return;
            }
            BufferedResponse buffered = new BufferedResponse(response);
            chain.doFilter(request, buffered);
            byte[] body = buffered.body();
            // Only a complete, successful answer to an anonymous reader is shared. A page that started a
            // session (a stateful form) belongs to that session, even if its cookie is not a header yet.
            if (buffered.getStatus() != HttpServletResponse.SC_OK || buffered.containsHeader("Set-Cookie")
                    || request.getRemoteUser() != null || request.getSession(false) != null) {
                buffered.setHeader("Cache-Control", PRIVATE);
                buffered.sendBuffered(body);
                return;
            }
            String etag = "\"" + digest(body) + "\"";
            if (get) {
                copies.keep(key, new PublicCopies.Copy(version, today, clock.instant(), response.getContentType(),
                        headersOf(response), body, etag));
            }
            send(request, response, body, etag);
        } finally {
            if (renderer) {
                copies.rendered(key);
            }
        }
    }

    /** True if this request renders the answer; false if it waited for another request that did. */
    private boolean claimRendering(String key) throws ServletException {
        try {
            return copies.claimRendering(key);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while another request rendered the same page", interrupted);
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, String etag)
            throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", PUBLIC);
        response.setHeader("Vary", "Cookie, Accept-Language");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return List.copyOf(headers);
    }

    private static boolean isCacheableRequest(HttpServletRequest request, String path) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return read
                && request.getRemoteUser() == null
                && request.getRequestedSessionId() == null
                && PRIVATE_AREAS.stream().noneMatch(path::startsWith)
                && !path.startsWith("/jakarta.faces.resource/")
                && !PERSONAL_PAGES.contains(path)
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
