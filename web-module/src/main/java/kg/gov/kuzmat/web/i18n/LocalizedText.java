package kg.gov.kuzmat.web.i18n;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The bundle's texts in the language of one view, with each pattern parsed once. For rendering many
 * similar rows in Java: a {@code MessageFormat} per cell was the largest cost of a result page
 * (bench/README.md). Not thread-safe, like {@code MessageFormat}; use it within one request.
 */
public final class LocalizedText {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    /** The bundle the pages know as {@code msg} (faces-config.xml). */
    public static final String BUNDLE = "kg.gov.kuzmat.web.i18n.messages";

    /**
     * In the reader's language. Not the view root's locale: a view action runs before the view applies
     * its locale, and its messages came out in the default language.
     */
    public LocalizedText(FacesContext context) {
        this(context.getApplication().evaluateExpressionGet(context, "#{languagePreference.locale}", Locale.class));
    }

    /** In a given language: before a view is rendered its locale is not yet the reader's. */
    public LocalizedText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(text(k), locale)).format(arguments);
    }
}
