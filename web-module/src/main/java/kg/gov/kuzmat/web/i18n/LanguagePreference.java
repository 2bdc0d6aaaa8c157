package kg.gov.kuzmat.web.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of this request: the reader's explicit choice (a cookie set by {@link LanguageServlet}),
 * else the browser's preference among ours, else Kyrgyz. Kept out of the HTTP session so that
 * anonymous browsing creates none.
 */
@Named
@RequestScoped
public class LanguagePreference {

    static final String COOKIE = "kuzmat-lang";

    @Inject
    private HttpServletRequest request;

    private SupportedLanguage language;

    @PostConstruct
    void resolve() {
        language = of(request);
    }

    /** The language a request is answered in; also what a copy of a public page is kept under. */
    public static SupportedLanguage of(HttpServletRequest request) {
        return chosenInCookie(request)
                .or(() -> preferredByBrowser(request))
                .orElse(SupportedLanguage.DEFAULT);
    }

    private static Optional<SupportedLanguage> chosenInCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SupportedLanguage.byCode(cookie.getValue()));
    }

    private static Optional<SupportedLanguage> preferredByBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<SupportedLanguage> match = SupportedLanguage.byCode(locale.getLanguage());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    public Locale getLocale() {
        return language.getLocale();
    }

    /** The BCP 47 code for the page's {@code lang} attribute. */
    public String getCode() {
        return language.getCode();
    }

    /** The language switch: every language with a link that comes back to this very page. */
    public List<LanguageChoice> getChoices() {
        String back = URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
        return Arrays.stream(SupportedLanguage.values())
                .map(choice -> new LanguageChoice(choice.getCode(),
                        request.getContextPath() + LanguageServlet.PATH + "?to=" + choice.getCode() + "&next=" + back,
                        choice == language))
                .toList();
    }

    private String currentPath() {
        // On an error page the reader still sees the URL they asked for; come back to that one.
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String withinContext = path.substring(request.getContextPath().length());
        return query == null ? withinContext : withinContext + "?" + query;
    }

    /** One entry of the language switch. */
    public record LanguageChoice(String code, String href, boolean current) {
    }
}
