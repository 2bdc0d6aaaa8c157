package kg.gov.kuzmat.web.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After switching language the reader returns to the page they were on, and never to another site. */
class LanguageServletTest {

    @Test
    void aPathOnThisSiteIsKeptWithItsQuery() {
        assertEquals("/hr/index.xhtml?vacancy=12", LanguageServlet.localPath("/hr/index.xhtml?vacancy=12"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesHome() {
        assertEquals("/", LanguageServlet.localPath(null));
        assertEquals("/", LanguageServlet.localPath("https://evil.example/"));
        assertEquals("/", LanguageServlet.localPath("//evil.example/"));
        assertEquals("/", LanguageServlet.localPath("/\\evil.example/"));
        assertEquals("/", LanguageServlet.localPath("/index.xhtml\r\nSet-Cookie: x=y"));
    }
}
