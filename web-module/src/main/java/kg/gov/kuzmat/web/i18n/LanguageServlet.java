package kg.gov.kuzmat.web.i18n;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.security.MyAccount;

import java.io.IOException;
import java.time.Duration;

/**
 * {@code GET /language?to=ru&next=/path} remembers the reader's language in a cookie and returns to
 * the page they were on. A plain link, so the switch works without JavaScript and without a session.
 */
@WebServlet(LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

    static final String PATH = "/language";

    @EJB
    private MyAccount myAccount;
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportedLanguage.byCode(request.getParameter("to")).ifPresent(language -> {
            Cookie cookie = new Cookie(LanguagePreference.COOKIE, language.getCode());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            if (request.getUserPrincipal() != null) {
                myAccount.rememberLanguage(language.getCode());
            }
        });
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("next")));
    }

    /** Only a path on this site: anything else could send the reader to someone else's page. */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
