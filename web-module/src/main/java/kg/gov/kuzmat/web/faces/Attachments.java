package kg.gov.kuzmat.web.faces;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.applicant.DocumentFile;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The portal's one way to hand a person a file: always as an attachment of its declared type, never
 * sniffed, shown inline or cached, so that no file (an upload least of all) can run as a page of the portal.
 */
public final class Attachments {

    private Attachments() {
    }

    /** A value as an indented UTF-8 JSON file, for the copies of personal data people and state bodies receive. */
    public static DocumentFile json(String fileName, Object value) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return new DocumentFile(fileName, "application/json;charset=UTF-8", jsonb.toJson(value).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write " + fileName + " as JSON", e);
        }
    }

    public static void send(DocumentFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
