package kg.gov.kuzmat.vacancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kg.gov.kuzmat.agency.Region;

import java.io.Serializable;
import java.time.LocalDate;

/** What an HR officer writes for a new vacancy; the agency is always the officer's own. */
public record VacancyDraft(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotBlank @Size(max = 20000) String requirements,
        @NotNull PositionGroup positionGroup,
        @PositiveOrZero int salaryMin,
        @PositiveOrZero int salaryMax,
        @NotNull Region region,
        @NotNull LocalDate applicationDeadline) implements Serializable {
}
