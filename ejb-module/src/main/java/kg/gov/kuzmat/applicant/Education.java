package kg.gov.kuzmat.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.gov.kuzmat.vacancy.EducationLevel;

import java.io.Serializable;

/** A school, college or university the applicant attended; "to" is empty while still studying. */
@Embeddable
public class Education implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @Column(nullable = false, length = 300)
    private String institution;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @Column(nullable = false, length = 300)
    private String specialty;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EducationLevel level;

    @NotNull(message = "{validation.required}")
    @Min(value = 1940, message = "{validation.tooSmall}")
    @Max(value = 2100, message = "{validation.tooLarge}")
    @Column(name = "year_from", nullable = false)
    private Integer yearFrom;

    @Min(value = 1940, message = "{validation.tooSmall}")
    @Max(value = 2100, message = "{validation.tooLarge}")
    @Column(name = "year_to")
    private Integer yearTo;

    public Education() {
        // for JPA and forms
    }

    public Education(String institution, String specialty, EducationLevel level, Integer yearFrom, Integer yearTo) {
        this.institution = institution;
        this.specialty = specialty;
        this.level = level;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public EducationLevel getLevel() {
        return level;
    }

    public void setLevel(EducationLevel level) {
        this.level = level;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer yearFrom) {
        this.yearFrom = yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer yearTo) {
        this.yearTo = yearTo;
    }

    public Education copy() {
        return new Education(institution, specialty, level, yearFrom, yearTo);
    }
}
