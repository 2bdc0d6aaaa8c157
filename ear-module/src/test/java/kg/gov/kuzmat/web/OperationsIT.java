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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an administrator's probes and scraper read on the management interface: readiness that knows
 * the database and its migrations, liveness, the server's request counts and the portal's own meters;
 * and that none of it is reachable on the public port.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theProbesSeeTheDatabaseWithEveryMigrationApplied() throws Exception {
        HttpResponse<String> ready = get(management("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        String database = ready.body().replaceAll("(?s).*(\\{\"name\":\"kuzmat-database\".*?\\}\\}).*", "$1");
        assertTrue(database.contains("\"status\":\"UP\"") && database.contains("\"pendingMigrations\":0")
                && database.contains("\"validated\":true"), database);
        HttpResponse<String> live = get(management("/health/live"));
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("kuzmat-live"), live.body());
    }

    @Test
    void theScraperReadsRequestCountsAndThePortalsMeters() throws Exception {
        get(URI.create(base.toString().replaceAll("/$", "") + "/"));
        String server = get(management("/metrics")).body();
        assertTrue(server.contains("wildfly_undertow_request_count_total{deployment=\"kuzmat.ear\""), "requests per servlet");
        String portal = get(management("/prometheus")).body();
        for (String meter : new String[]{"kuzmat_applications_submitted_total", "kuzmat_mail_attempts_failed_total",
                "kuzmat_mail_queued", "kuzmat_mail_given_up"}) {
            assertTrue(portal.contains(meter), meter);
        }
    }

    @Test
    void nothingOfItIsOnThePublicPort() throws Exception {
        for (String path : new String[]{"/health", "/health/ready", "/metrics", "/prometheus"}) {
            assertEquals(404, get(URI.create(base.toString().replaceAll("/$", "") + path)).statusCode(), path);
        }
    }

    /** The test server's management interface: 9990 plus the same offset as its HTTP port (8080). */
    private URI management(String path) {
        return URI.create("http://127.0.0.1:" + (base.getPort() - 8080 + 9990) + path);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
