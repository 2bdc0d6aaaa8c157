package kg.gov.kuzmat.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import kg.gov.kuzmat.testing.AssembledPortal;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open-data API as a client program meets it: statuses, bodies, paging, caching and its description. */
@ExtendWith(ArquillianExtension.class)
class OpenDataApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theSearchPagesThroughPublishedVacanciesWithoutRepeatingOne() throws Exception {
        JsonObject first = json(get("/api/v1/vacancies?size=5&sort=DEADLINE"));
        JsonObject second = json(get("/api/v1/vacancies?size=5&sort=DEADLINE&page=2"));

        assertEquals(5, first.getJsonArray("items").size());
        assertEquals(1, first.getInt("page"));
        assertTrue(first.getInt("total") >= 30, "the demo data publishes thirty");
        assertEquals(first.getInt("total"), second.getInt("total"));
        Set<Integer> ids = new HashSet<>();
        for (JsonArray items : List.of(first.getJsonArray("items"), second.getJsonArray("items"))) {
            items.getValuesAs(JsonObject.class).forEach(item -> assertTrue(ids.add(item.getInt("id")), "no repeats"));
        }
    }

    @Test
    void filtersNarrowTheSearchTheWayThePageDoes() throws Exception {
        JsonObject osh = json(get("/api/v1/vacancies?region=OSH_CITY&all=true&size=100"));

        assertFalse(osh.getJsonArray("items").isEmpty());
        osh.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(item -> assertEquals("OSH_CITY", item.getString("region")));
    }

    @Test
    void badParametersAreAnsweredWith400AndAProblemNamingEachOne() throws Exception {
        HttpResponse<String> response = get("/api/v1/vacancies?region=ATLANTIS&size=101&page=0&salaryFrom=lots");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = json(response);
        assertEquals(400, problem.getInt("status"));
        Set<String> named = new HashSet<>();
        problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).forEach(p -> named.add(p.getString("name")));
        assertEquals(Set.of("region", "size", "page", "salaryFrom"), named);
        assertEquals("Some query parameters have values that are not accepted.", problem.getString("detail"), "English by default");
    }

    @Test
    void aProblemIsToldInTheLanguageTheClientAsksFor() throws Exception {
        JsonObject russian = json(get("/api/v1/vacancies?region=ATLANTIS", "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"));
        assertEquals("Значения некоторых параметров запроса не принимаются.", russian.getString("detail"));
        assertTrue(russian.getJsonArray("invalidParams").getJsonObject(0).getString("reason").startsWith("одно из значений: "),
                russian.toString());
        HttpResponse<String> kyrgyz = get("/api/v1/vacancies/987654321", "Accept-Language", "ky");
        assertEquals("987654321 идентификатору менен жарыяланган бош орун жок.", json(kyrgyz).getString("detail"));
        assertEquals("ky", kyrgyz.headers().firstValue("Content-Language").orElse(""));
        assertEquals("APIнин бул дарегинде эч нерсе жок.", json(get("/api/v1/nothing-here", "Accept-Language", "ky")).getString("detail"));
        assertEquals("There is nothing at this address of the API.",
                json(get("/api/v1/nothing-here", "Accept-Language", "de, fr;q=0.8")).getString("detail"), "none of ours: English");
    }

    @Test
    void aVacancyIsServedWholeAndAnUnknownIdIs404() throws Exception {
        int id = json(get("/api/v1/vacancies?size=1")).getJsonArray("items").getJsonObject(0).getInt("id");

        JsonObject vacancy = json(get("/api/v1/vacancies/" + id));
        assertEquals(id, vacancy.getInt("id"));
        assertTrue(vacancy.containsKey("dutiesHtml") && vacancy.containsKey("applicationDeadline"));

        for (String unknown : List.of("/api/v1/vacancies/987654321", "/api/v1/vacancies/not-a-number", "/api/v1/nothing-here")) {
            HttpResponse<String> missing = get(unknown);
            assertEquals(404, missing.statusCode(), unknown);
            assertEquals(404, json(missing).getInt("status"), unknown);
        }
    }

    @Test
    void agenciesAreListedWithTheirNamesInThreeLanguages() throws Exception {
        JsonArray agencies = Json.createReader(new StringReader(get("/api/v1/agencies").body())).readArray();

        JsonObject minjust = agencies.getValuesAs(JsonObject.class).stream()
                .filter(agency -> agency.getString("code").equals("minjust")).findFirst().orElseThrow();
        assertEquals("Министерство юстиции Кыргызской Республики", minjust.getJsonObject("name").getString("ru"));
        assertEquals("STATE", minjust.getString("type"));
    }

    @Test
    void answersCarryAnEtagAndAnUnchangedOneIs304WithoutABody() throws Exception {
        for (String path : List.of("/api/v1/vacancies?size=3", "/")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElseThrow(), path);

            HttpResponse<String> again = get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertTrue(again.body().isEmpty(), path);
        }
    }

    @Test
    void theFeedListsTheNewestVacanciesOfASearchAsAtom() throws Exception {
        HttpResponse<String> feed = get("/api/v1/feed?region=OSH_CITY");

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertTrue(feed.body().contains("<entry>"), "Osh has open demo vacancies");
        assertEquals(400, get("/api/v1/feed?group=EVERYONE").statusCode());
    }

    /** A forged Host header must not reach the links, nor, through the kept copies, the next reader. */
    @Test
    void theFeedLinksToThePortalsOwnAddressWhateverHostARequestNames() throws Exception {
        String path = "/api/v1/feed?region=OSH_CITY&sort=newest";
        String forged;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            forged = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(forged.startsWith("HTTP/1.1 200"), forged.lines().findFirst().orElse(""));
        assertFalse(forged.contains("evil.example"), "the forged host is in the answer");
        String ordinary = get(path).body();
        assertFalse(ordinary.contains("evil.example"), "the forged host reached the next reader");
        assertTrue(ordinary.contains("href=\"http://localhost:8180/vacancy.xhtml?id="), "links from the configured public address");
    }

    @Test
    void theDescriptionDocumentsEverySearchParameter() throws Exception {
        JsonObject description = json(get("/api/v1/openapi"));

        Set<String> documented = new HashSet<>();
        description.getJsonObject("paths").getJsonObject("/vacancies").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).forEach(parameter -> documented.add(parameter.getString("name")));
        assertEquals(Set.of("q", "agency", "agencyType", "region", "group", "salaryFrom", "competition", "all", "sort",
                "page", "size"), documented);
        assertTrue(description.getJsonObject("paths").keySet().containsAll(
                Set.of("/vacancies", "/vacancies/{id}", "/agencies", "/feed")));
        assertFalse(description.get("openapi") == JsonValue.NULL);
    }
}
