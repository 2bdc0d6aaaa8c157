package kg.gov.kuzmat.vacancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kg.gov.kuzmat.agency.Region;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an HR officer writes in a vacancy announcement. The agency is never part of it: a vacancy
 * always belongs to its officer's agency. Messages are bundle keys, translated by whoever shows them.
 */
public record VacancyContent(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String structuralUnit,
        @NotNull(message = "{validation.required}") PositionGroup positionGroup,
        @NotNull(message = "{validation.required}") CompetitionType competitionType,
        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.tooLong}") String duties,
        @NotNull(message = "{validation.required}") EducationLevel educationLevel,
        @PositiveOrZero(message = "{validation.notNegative}") @Max(value = 50, message = "{validation.tooLarge}") int minServiceYears,
        @PositiveOrZero(message = "{validation.notNegative}") @Max(value = 50, message = "{validation.tooLarge}") int minExperienceYears,
        @NotNull(message = "{validation.required}") LanguageLevel stateLanguageLevel,
        @NotNull(message = "{validation.required}") LanguageLevel officialLanguageLevel,
        @Size(max = 20000, message = "{validation.tooLong}") String otherRequirements,
        @PositiveOrZero(message = "{validation.notNegative}") int salaryMin,
        @PositiveOrZero(message = "{validation.notNegative}") int salaryMax,
        @NotNull(message = "{validation.required}") Region region,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String city,
        @NotNull(message = "{validation.required}") LocalDate applicationDeadline,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String contact)
        implements Serializable {
}
