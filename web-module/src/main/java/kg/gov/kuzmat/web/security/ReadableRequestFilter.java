package kg.gov.kuzmat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.i18n.SupportedLanguage;

import java.io.IOException;

/**
 * A form post the server will not read (more parameters than Undertow takes, 1,000 by default, or an
 * undecodable body) answers 400 with a short translated page, before anything else would fail on it
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
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers here, not through the error page: a Faces page would read the same parameters again and
     * fail with a server error. The words are the error page's, in the reader's language.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportedLanguage language = LanguagePreference.of(request);
        LocalizedText text = new LocalizedText(language.getLocale());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getCode() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(text.text("error.400.title"))
                + "</title></head><body><main><h1>" + escape(text.text("error.400.title")) + "</h1><p>"
                + escape(text.text("error.400.explanation")) + "</p><p><a href=\"" + escape(request.getContextPath()) + "/\">"
                + escape(text.text("error.backHome")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
