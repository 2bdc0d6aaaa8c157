package kg.gov.kuzmat.mail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A lone apostrophe starts a quotation in MessageFormat and swallows the placeholders after it. */
    @Test
    void everyPlaceholderOfEveryMailIsFilledIn() throws IOException {
        for (String language : new String[]{"ky", "ru", "en"}) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                Matcher placeholder = Pattern.compile("\\{(\\d)}").matcher(text);
                Object[] arguments = {"ARG0", "ARG1", "ARG2", "ARG3", "ARG4", "ARG5"};
                String formatted = new MessageFormat(text, Locale.forLanguageTag(language)).format(arguments);
                while (placeholder.find()) {
                    assertTrue(formatted.contains("ARG" + placeholder.group(1)), key + " in " + language + ": " + formatted);
                }
            }
        }
    }
}
