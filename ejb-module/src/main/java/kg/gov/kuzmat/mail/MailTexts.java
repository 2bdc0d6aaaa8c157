package kg.gov.kuzmat.mail;

import jakarta.enterprise.context.ApplicationScoped;
import kg.gov.kuzmat.platform.DisplayDates;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Mails in the recipient's language, from the bundle kg.gov.kuzmat.mail.mail_{ky,ru,en}, with links
 * to this portal's public address: the system property {@value #ADDRESS_PROPERTY}, set by the
 * administrator to the address citizens use (default http://localhost:8080 for the demo).
 */
@ApplicationScoped
public class MailTexts {

    public static final String ADDRESS_PROPERTY = "kuzmat.public-url";
    private static final String BUNDLE = "kg.gov.kuzmat.mail.mail";

    /** The mail {@code kind} (its subject and body keys) to {@code to}, with the link and arguments. */
    public Mail compose(String to, String language, String kind, String linkPath, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = bundle(locale);
        Object[] withLink = new Object[arguments.length + 1];
        withLink[0] = link(linkPath);
        System.arraycopy(arguments, 0, withLink, 1, arguments.length);
        String subject = new MessageFormat(bundle.getString(kind + ".subject"), locale).format(withLink);
        String body = new MessageFormat(bundle.getString(kind + ".body"), locale).format(withLink);
        return new Mail(to, subject, body + "\n\n" + bundle.getString("signature"));
    }

    /** One text of the bundle in the language, with its arguments filled in. */
    public String format(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        return new MessageFormat(bundle(locale).getString(key), locale).format(arguments);
    }

    /** One text of the bundle, in the language. */
    public String text(String language, String key) {
        return bundle(Locale.forLanguageTag(language)).getString(key);
    }

    /** Dates in mails as in the portal's pages. */
    public static String format(LocalDate date) {
        return date == null ? "" : DisplayDates.DATE.format(date);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String link(String path) {
        String address = System.getProperty(ADDRESS_PROPERTY, "http://localhost:8080");
        return (address.endsWith("/") ? address.substring(0, address.length() - 1) : address) + path;
    }
}
