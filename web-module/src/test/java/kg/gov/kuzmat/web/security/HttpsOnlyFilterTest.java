package kg.gov.kuzmat.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.mail.MailTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpsOnlyFilterTest {

    @AfterEach
    void forgetTheSettings() {
        System.clearProperty(HttpsOnlyFilter.PORT_PROPERTY);
        System.clearProperty(MailTexts.ADDRESS_PROPERTY);
    }

    @Test
    void withoutTheSettingBothSchemesAnswer() throws Exception {
        Exchange plain = filter("GET", false, "/vacancies.xhtml", "region=BISHKEK");
        assertTrue(plain.passedOn);
        assertFalse(plain.headers.containsKey("Location"));
    }

    @Test
    void aPlainPageRequestIsSentToTheSameAddressOverHttps() throws Exception {
        System.setProperty(HttpsOnlyFilter.PORT_PROPERTY, "443");
        Exchange plain = filter("GET", false, "/vacancies.xhtml", "region=BISHKEK");
        assertFalse(plain.passedOn);
        assertEquals(301, plain.status);
        assertEquals("https://kuzmat.gov.kg/vacancies.xhtml?region=BISHKEK", plain.headers.get("Location"));
    }

    @Test
    void aPlainFormPostKeepsItsMethodAndAnotherPortIsNamed() throws Exception {
        System.setProperty(HttpsOnlyFilter.PORT_PROPERTY, "8443");
        Exchange post = filter("POST", false, "/login.xhtml", null);
        assertFalse(post.passedOn);
        assertEquals(308, post.status);
        assertEquals("https://kuzmat.gov.kg:8443/login.xhtml", post.headers.get("Location"));
    }

    @Test
    void theRedirectGoesToThePublicHostWhateverHostTheRequestNames() throws Exception {
        System.setProperty(HttpsOnlyFilter.PORT_PROPERTY, "443");
        System.setProperty(MailTexts.ADDRESS_PROPERTY, "https://kuzmat.gov.kg");
        Exchange forged = filter("GET", false, "/vacancies.xhtml", null, "evil.example");
        assertEquals("https://kuzmat.gov.kg/vacancies.xhtml", forged.headers.get("Location"));
    }

    @Test
    void aSecureRequestIsServed() throws Exception {
        System.setProperty(HttpsOnlyFilter.PORT_PROPERTY, "443");
        assertTrue(filter("POST", true, "/login.xhtml", null).passedOn);
    }

    @Test
    void aNonsensicalPortIsNoSetting() {
        System.setProperty(HttpsOnlyFilter.PORT_PROPERTY, "70000");
        assertTrue(HttpsOnlyFilter.httpsPort().isEmpty());
    }

    private static Exchange filter(String method, boolean secure, String uri, String query) throws Exception {
        return filter(method, secure, uri, query, "kuzmat.gov.kg");
    }

    private static Exchange filter(String method, boolean secure, String uri, String query, String host) throws Exception {
        Exchange exchange = new Exchange();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HttpsOnlyFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "isSecure" -> secure;
                    case "getServerName" -> host;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(HttpsOnlyFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, called, arguments) -> {
                    switch (called.getName()) {
                        case "setStatus" -> exchange.status = (Integer) arguments[0];
                        case "setHeader" -> exchange.headers.put((String) arguments[0], (String) arguments[1]);
                        default -> throw new UnsupportedOperationException(called.getName());
                    }
                    return null;
                });
        FilterChain chain = (served, answered) -> exchange.passedOn = true;
        new HttpsOnlyFilter().doFilter(request, response, chain);
        return exchange;
    }

    private static final class Exchange {
        boolean passedOn;
        int status;
        final Map<String, String> headers = new HashMap<>();
    }
}
