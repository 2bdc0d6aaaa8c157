package kg.gov.kuzmat.web;

import kg.gov.kuzmat.testing.AssembledPortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a first visit on a phone network downloads: pages, scripts and styles come compressed to a
 * browser that accepts it (but not the pages of a signed-in person, whose length could betray what they
 * hold), every page has a description for search engines, and the site's icon exists.
 */
@ExtendWith(ArquillianExtension.class)
class PageWeightIT {

    private static final Pattern SCRIPT = Pattern.compile("src=\"([^\"]*components\\.js[^\"]*)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"([^\"]*theme\\.css[^\"]*)\"");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void publicPagesScriptsAndStylesComeCompressedAndDescribed() throws Exception {
        HttpResponse<byte[]> home = get("/", true, null);
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""), "the home page is compressed");
        String page = gunzip(home.body());
        assertTrue(page.contains("<meta name=\"description\" content=\"Kuzmat"), "the page describes the portal");
        assertTrue(page.contains("rel=\"icon\""), "the page names its icon");

        for (Pattern resource : new Pattern[]{SCRIPT, STYLE}) {
            Matcher link = resource.matcher(page);
            assertTrue(link.find(), resource.pattern());
            String path = link.group(1).replace("&amp;", "&").replaceFirst("^" + Pattern.quote(base.getPath().replaceAll("/$", "")), "");
            HttpResponse<byte[]> compressed = get(path, true, null);
            HttpResponse<byte[]> raw = get(path, false, null);
            assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""), path);
            assertFalse(raw.headers().firstValue("Content-Encoding").isPresent(), "only to a browser that accepts it: " + path);
            assertTrue(compressed.body().length * 3 < raw.body().length,
                    path + ": " + compressed.body().length + " bytes compressed of " + raw.body().length);
        }

        HttpResponse<byte[]> icon = get("/favicon.ico", false, null);
        assertEquals(200, icon.statusCode(), "the icon every browser asks for exists");
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
    }

    @Test
    void aSignedInPersonsPagesAreNotCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/login.xhtml", true, "JSESSIONID=someones-session");
        assertEquals(200, page.statusCode());
        assertFalse(page.headers().firstValue("Content-Encoding").isPresent(), "a page with a session is sent as it is");
    }

    private HttpResponse<byte[]> get(String path, boolean gzip, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
