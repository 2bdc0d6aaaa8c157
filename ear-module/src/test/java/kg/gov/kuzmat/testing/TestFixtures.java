package kg.gov.kuzmat.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The one web archive of test fixtures that browser tests deploy beside the portal (as a second
 * deployment named "fixtures"), and the way to call one: a fixture does what the test cannot wait for or
 * see through the pages (a deadline passing, the key only a morning mail carries, the rows left behind).
 */
public final class TestFixtures {

    private TestFixtures() {
    }

    public static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, "it-fixtures.war")
                .addClasses(DeadlineFixture.class, UnsubscribeKeyFixture.class, PlacesHoldingFixture.class);
    }

    /** The fixture's answer to a GET of the path (with its query) under the fixtures' address. */
    public static String get(URL fixtures, String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(address(fixtures, pathAndQuery)).build(), pathAndQuery);
    }

    /** The fixture's answer to a POST (a change) of the path (with its query) under the fixtures' address. */
    public static String post(URL fixtures, String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(address(fixtures, pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                pathAndQuery);
    }

    private static URI address(URL fixtures, String pathAndQuery) {
        return URI.create(fixtures.toString().replaceAll("/$", "") + pathAndQuery);
    }

    private static String send(HttpRequest request, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The fixture " + pathAndQuery + " answered " + answer.statusCode());
        }
        return answer.body();
    }
}
