package kg.gov.kuzmat.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * privacy.xhtml: the policy's text in its original Russian, as paragraphs. Versioned policies with
 * recorded consent come with applicant registration.
 */
@Named
@ApplicationScoped
public class PrivacyPolicyBacking {

    private static final String POLICY = "/kg/gov/kuzmat/web/privacy/privacy-policy.ru.md";

    private List<String> paragraphs;

    @PostConstruct
    void read() {
        try (InputStream in = PrivacyPolicyBacking.class.getResourceAsStream(POLICY)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            paragraphs = text.lines()
                    .map(line -> line.replaceAll("[#*]", "").replaceFirst("^\\s*- ", "— ").strip())
                    .filter(paragraph -> !paragraph.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The privacy policy is missing from the build", e);
        }
    }

    public List<String> getParagraphs() {
        return paragraphs;
    }
}
