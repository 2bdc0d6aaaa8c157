package kg.gov.kuzmat.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages, in the order the switch shows them. */
public enum SupportedLanguage {
    KYRGYZ("ky"),
    RUSSIAN("ru"),
    ENGLISH("en");

    /** Kyrgyz, the state language, when nothing else is known of the reader. */
    public static final SupportedLanguage DEFAULT = KYRGYZ;

    private final String code;
    private final Locale locale;

    SupportedLanguage(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    public String getCode() {
        return code;
    }

    public Locale getLocale() {
        return locale;
    }

    public static Optional<SupportedLanguage> byCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }
}
