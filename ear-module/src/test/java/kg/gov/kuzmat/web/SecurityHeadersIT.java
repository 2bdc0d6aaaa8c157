package kg.gov.kuzmat.web;

import kg.gov.kuzmat.testing.AssembledPortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer carries the security headers and its request id, a kept copy of a public page too, and
 * names no server software; over HTTPS the browser is told to keep to HTTPS; a form posted from another
 * site is refused.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void pagesFilesAndErrorsCarryTheHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> requestIds = new HashSet<>();
        for (String path : List.of("/", "/", "/login.xhtml", "/resources/js/exam.js", "/no-such-page", "/api/v1/vacancies")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertTrue(answer.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertFalse(answer.headers().firstValue("Strict-Transport-Security").isPresent(), "not over plain HTTP: " + path);
            for (String once : List.of("X-Content-Type-Options", "Content-Security-Policy", "X-Request-Id")) {
                assertEquals(1, answer.headers().allValues(once).size(), once + " once, a kept copy too: " + path);
            }
            String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(requestIds.add(id), "each answer, a kept copy too, names its own request: " + path);
            answer.headers().map().forEach((name, values) -> values.forEach(value -> assertFalse(
                    value.contains("WildFly") || value.contains("Undertow") || value.contains("JBoss"),
                    path + " names its server in " + name + ": " + value)));
        }
    }

    @Test
    void overHttpsTheBrowserIsToldToStayOnHttps() throws Exception {
        // The test server's HTTPS listener (8443 + its offset) serves WildFly's self-signed localhost certificate.
        HttpClient https = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).build();
        URI page = URI.create("https://localhost:" + (base.getPort() - 8180 + 8543) + "/login.xhtml");
        HttpResponse<String> answer = https.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void everyAnswerNamesItsRequestIdAndKeepsTheBalancersOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create(base.toString().replaceAll("/$", "") + "/login.xhtml");
        String first = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("X-Request-Id").orElseThrow();
        String second = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("X-Request-Id").orElseThrow();
        assertFalse(first.equals(second), "each request its own id");
        assertEquals("lb-0123456789", http.send(HttpRequest.newBuilder(page).header("X-Request-Id", "lb-0123456789").build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Request-Id").orElse(null));
        String forged = http.send(HttpRequest.newBuilder(page).header("X-Request-Id", "x\" 2026 ERROR fake line").build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Request-Id").orElse("");
        assertFalse(forged.contains("fake"), "free text is never taken into the logs: " + forged);
    }

    /** The session cookie is HttpOnly and SameSite=Lax always, and Secure when it was set over HTTPS. */
    @Test
    void theSessionCookieKeepsToThisSiteAndToHttpsWhereItBegan() throws Exception {
        String plain = sessionCookieOfSignIn(HttpClient.newHttpClient(), base.toString().replaceAll("/$", ""));
        assertTrue(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"), plain);
        assertFalse(plain.toLowerCase(Locale.ROOT).contains("; secure"), "not over plain HTTP: " + plain);
        String secure = sessionCookieOfSignIn(HttpClient.newBuilder().sslContext(trustingAnyCertificate()).build(),
                "https://localhost:" + (base.getPort() - 8180 + 8543));
        assertTrue(secure.contains("HttpOnly") && secure.contains("SameSite=Lax") && secure.toLowerCase(Locale.ROOT).contains("; secure"),
                secure);
    }

    private static String sessionCookieOfSignIn(HttpClient http, String origin) throws Exception {
        String form = "login=login&login%3Aemail=applicant%40demo.kg&login%3Apassword=Demo-2026%21&login%3Asubmit="
                + "&jakarta.faces.ViewState=stateless";
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(origin + "/login.xhtml")).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.statusCode() + " " + signedIn.headers()));
    }

    private static SSLContext trustingAnyCertificate() throws Exception {
        X509TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{anyCertificate}, null);
        return context;
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String origin = base.toString().replaceAll("(https?://[^/]+).*", "$1");
        URI feedback = URI.create(origin + "/feedback.xhtml");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(feedback).header("Origin", "https://forger.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        HttpResponse<String> referred = http.send(HttpRequest.newBuilder(feedback).header("Referer", "https://forger.example/page")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, referred.statusCode());
        HttpResponse<String> sandboxed = http.send(HttpRequest.newBuilder(feedback).header("Origin", "null")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, sandboxed.statusCode(), "a page of another site that hides where it comes from");
        HttpResponse<String> nameless = http.send(HttpRequest.newBuilder(feedback)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, nameless.statusCode(), "a post that names neither its origin nor its referrer");
        HttpResponse<String> ownReferrer = http.send(HttpRequest.newBuilder(feedback).header("Referer", origin + "/feedback.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(ownReferrer.statusCode() != 403, "a browser that sends only the referrer of the portal's page: " + ownReferrer.statusCode());
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(feedback).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(own.statusCode() != 403, "the portal's own pages post: " + own.statusCode());
    }
}
