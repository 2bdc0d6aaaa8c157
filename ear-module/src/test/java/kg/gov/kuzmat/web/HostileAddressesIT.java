package kg.gov.kuzmat.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No address a client can type, and no form a client can post, gets a 500: every page of the portal, opened by a visitor, an applicant,
 * an HR officer and an administrator, with hostile values in each of its parameters (read from the pages,
 * so a new page or parameter is covered without editing this test).
 */
class HostileAddressesIT extends BrowserTest {

    private static final Path PAGES = Path.of("..", "web-module", "src", "main", "webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final List<String> HOSTILE = List.of("abc", "-1", "0", "99999999999999999999", "1e9", "%27%22%3E%3Cscript%3E",
            "%00", "%E2%80%AE", "", "..%2F..%2Fetc%2Fpasswd");

    @Test
    void noPageAnswersAHostileAddressWithAServerError() throws Exception {
        Map<String, List<String>> pages = pagesAndParameters();
        assertTrue(pages.size() > 30, "the scan finds the pages: " + pages.keySet());
        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put("visitor", null);
        sessions.put("applicant@demo.kg", null);
        sessions.put("hr@demo.kg", null);
        sessions.put("admin@demo.kg", null);
        List<String> failures = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String who : sessions.keySet()) {
            String cookie = who.equals("visitor") ? null : signIn(who);
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                List<String> addresses = new ArrayList<>();
                addresses.add(page.getKey());
                for (String parameter : page.getValue()) {
                    HOSTILE.forEach(value -> addresses.add(page.getKey() + "?" + parameter + "=" + value));
                }
                for (String address : addresses) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + address));
                    if (cookie != null) {
                        request.header("Cookie", "JSESSIONID=" + cookie);
                    }
                    int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 500) {
                        failures.add(who + " " + address + " -> " + status);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Hostile form posts: each gets a page that says what happened, never the server-error page. */
    @Test
    void noHostileFormPostLeadsToAServerError() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String origin = base.toString().replaceAll("(https?://[^/]+).*", "$1");
        Map<String, String> posts = new LinkedHashMap<>();
        posts.put("/feedback.xhtml", "feedback=feedback&feedback%3Aname=Test&feedback%3Aemail=%20%20%20&feedback%3Amessage=Hello+there"
                + "&feedback%3Asend=&jakarta.faces.ViewState=stateless");
        posts.put("/register.xhtml", "registration=registration&registration%3Asubmit=&jakarta.faces.ViewState=stateless");
        posts.put("/login.xhtml", "login=login&login%3Asubmit=&jakarta.faces.ViewState=not-a-view-state");
        StringBuilder many = new StringBuilder("feedback=feedback");
        for (int i = 0; i < 1500; i++) {
            many.append("&p").append(i).append("=x");
        }
        posts.put("/forgot-password.xhtml", many.toString());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> post : posts.entrySet()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(origin + post.getKey())).header("Origin", origin)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(post.getValue()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() >= 500 || location.contains("/error/500")) {
                failures.add(post.getKey() + " -> " + answer.statusCode() + " " + location);
            }
            if (post.getValue().length() > 10_000) {
                assertEquals(400, answer.statusCode(), "a post the server will not read");
                assertTrue(answer.body().contains("Суроону окууга мүмкүн болгон жок"), "and says so: " + answer.body());
            }
        }
        assertEquals(List.of(), failures);
    }

    private String signIn(String email) {
        driver.manage().deleteAllCookies();
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, "Demo-2026!").acceptPolicyIfAsked();
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private static Map<String, List<String>> pagesAndParameters() throws IOException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF")
                    && !p.toString().contains("resources")).sorted().toList()) {
                List<String> parameters = new ArrayList<>();
                Matcher parameter = VIEW_PARAM.matcher(Files.readString(page));
                while (parameter.find()) {
                    parameters.add(parameter.group(1));
                }
                pages.put("/" + PAGES.relativize(page).toString().replace('\\', '/'), parameters);
            }
        }
        return pages;
    }
}
