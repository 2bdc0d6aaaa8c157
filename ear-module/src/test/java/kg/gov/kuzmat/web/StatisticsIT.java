package kg.gov.kuzmat.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrators' dashboard draws its charts and exports its figures; the public summary needs no
 * sign-in; the retention job can be run from its page.
 */
class StatisticsIT extends BrowserTest {

    private static final List<String> CHARTS = List.of("vacancies-per-month", "vacancies-by-region", "applicants-per-vacancy",
            "stages-reached", "applicants-by-sex-and-age", "winners-by-sex-and-age");

    @Test
    void theDashboardDrawsItsChartsAndExportsItsFigures() throws Exception {
        PortalPage summary = PortalPage.open(driver, base, "/statistics.xhtml");
        assertFalse(summary.textOf("headline-published").isBlank());
        assertFalse(summary.isSignedIn());

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        PortalPage dashboard = PortalPage.open(driver, base, "/admin/statistics.xhtml");
        for (String chart : CHARTS) {
            dashboard.await().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "var canvas = document.querySelector(\"[id='\" + arguments[0] + \"'] canvas\");"
                            + " return canvas !== null && canvas.width > 0 && window.Chart !== undefined"
                            + " && window.Chart.getChart(canvas) !== undefined;", chart));
        }
        assertTrue(dashboard.errors().isEmpty(), dashboard.errors().toString());

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        driver.findElement(By.id("export-csv")).getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), driver.findElement(By.id("export-csv")).getAttribute("href") + " " + csv.body());
        assertTrue(csv.body().contains("section,row,column,count") && csv.body().contains("vacancies_per_month"), csv.body());

        PortalPage retention = PortalPage.open(driver, base, "/admin/retention.xhtml").submit("retention:run-now");
        assertTrue(retention.errors().isEmpty(), retention.errors().toString());
        assertFalse(driver.findElements(By.cssSelector("[id='retention:runs'] tbody tr")).isEmpty(), "the run is listed");
    }
}
