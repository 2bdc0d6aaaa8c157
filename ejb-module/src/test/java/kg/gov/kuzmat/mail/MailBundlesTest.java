package kg.gov.kuzmat.mail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every mail exists in Kyrgyz, Russian and English. */
class MailBundlesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailBundlesTest.class.getResourceAsStream("/kg/gov/kuzmat/mail/mail_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theThreeLanguagesHaveTheSameMails() throws IOException {
        Properties english = bundle("en");
        for (String language : new String[]{"ky", "ru"}) {
            Properties translation = bundle(language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translation.stringPropertyNames()), language);
            translation.forEach((key, text) -> assertFalse(text.toString().isBlank(), key + " in " + language));
        }
    }
}
