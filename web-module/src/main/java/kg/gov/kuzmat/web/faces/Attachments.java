package kg.gov.kuzmat.web.faces;

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
