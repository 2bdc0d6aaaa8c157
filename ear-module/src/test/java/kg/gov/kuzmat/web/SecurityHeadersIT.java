package kg.gov.kuzmat.web;

import kg.gov.kuzmat.testing.AssembledPortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer carries the security headers, a kept copy of a public page too, and names no server
 * software; a form posted from another site is refused.
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
        for (String path : List.of("/", "/", "/login.xhtml", "/resources/js/exam.js", "/no-such-page", "/api/v1/vacancies")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertTrue(answer.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertFalse(answer.headers().firstValue("Strict-Transport-Security").isPresent(), "not over plain HTTP: " + path);
            answer.headers().map().forEach((name, values) -> values.forEach(value -> assertFalse(
                    value.contains("WildFly") || value.contains("Undertow") || value.contains("JBoss"),
                    path + " names its server in " + name + ": " + value)));
        }
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
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(feedback).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("feedback=feedback")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(own.statusCode() != 403, "the portal's own pages post: " + own.statusCode());
    }
}
