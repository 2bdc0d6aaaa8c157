package kg.gov.kuzmat.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A name kept in the state language, the official language and English; all three are required. */
@Embeddable
public class LocalizedName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_ky", nullable = false)
    private String kyrgyz;

    @Column(name = "name_ru", nullable = false)
    private String russian;

    @Column(name = "name_en", nullable = false)
    private String english;

    protected LocalizedName() {
        // for JPA
    }

    public LocalizedName(String kyrgyz, String russian, String english) {
        this.kyrgyz = requireText(kyrgyz, "kyrgyz");
        this.russian = requireText(russian, "russian");
        this.english = requireText(english, "english");
    }

    /** The name in the reader's language; anything but Russian or English reads the state language. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> russian;
            case "en" -> english;
            default -> kyrgyz;
        };
    }

    private static String requireText(String value, String which) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + which + " name is required");
        }
        return value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedName that
                && kyrgyz.equals(that.kyrgyz) && russian.equals(that.russian) && english.equals(that.english);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kyrgyz, russian, english);
    }
}
