package kg.gov.kuzmat.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.gov.kuzmat.vacancy.LanguageLevel;

import java.io.Serializable;

/** A language the applicant speaks, on the A1–C2 scale vacancies ask for. */
@Embeddable
public class LanguageSkill implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    @Column(name = "language_name", nullable = false, length = 60)
    private String language;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private LanguageLevel level;

    public LanguageSkill() {
        // for JPA and forms
    }

    public LanguageSkill(String language, LanguageLevel level) {
        this.language = language;
        this.level = level;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LanguageLevel getLevel() {
        return level;
    }

    public void setLevel(LanguageLevel level) {
        this.level = level;
    }

    public LanguageSkill copy() {
        return new LanguageSkill(language, level);
    }
}
