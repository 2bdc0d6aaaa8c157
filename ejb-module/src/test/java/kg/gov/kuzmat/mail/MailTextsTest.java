package kg.gov.kuzmat.mail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a recipient reads: every mail kind composed as the portal sends it, subject and body filled in. */
class MailTextsTest {

    @Test
    void everyComposedMailHasItsPlaceholdersFilledInSubjectAndBody() throws IOException {
        MailTexts texts = new MailTexts();
        for (String language : new String[]{"ky", "ru", "en"}) {
            Properties bundle = new Properties();
            try (InputStream in = MailTexts.class.getResourceAsStream("/kg/gov/kuzmat/mail/mail_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : bundle.stringPropertyNames()) {
                if (!key.endsWith(".subject")) {
                    continue;
                }
                String kind = key.substring(0, key.length() - ".subject".length());
                Mail mail = texts.compose("someone@kuzmat.test", language, kind, "/account/", "ARG1", "ARG2", "ARG3", "ARG4", "ARG5");
                assertFalse(mail.subject().matches(".*\\{\\d}.*"), kind + " subject in " + language + ": " + mail.subject());
                assertFalse(mail.text().matches("(?s).*\\{\\d}.*"), kind + " body in " + language + ": " + mail.text());
                if (bundle.getProperty(key).contains("{1}")) {
                    assertTrue(mail.subject().contains("ARG1"), kind + " subject in " + language + ": " + mail.subject());
                }
            }
        }
    }
}
