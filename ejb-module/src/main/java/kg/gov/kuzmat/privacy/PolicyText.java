package kg.gov.kuzmat.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A new revision as an administrator writes it: the date it states as its last update, and its text. */
public record PolicyText(
        @NotNull(message = "{validation.required}") LocalDate lastUpdated,
        @NotBlank(message = "{validation.required}") @Size(max = 200000, message = "{validation.tooLong}") String kyrgyz,
        @NotBlank(message = "{validation.required}") @Size(max = 200000, message = "{validation.tooLong}") String russian,
        @NotBlank(message = "{validation.required}") @Size(max = 200000, message = "{validation.tooLong}") String english)
        implements Serializable {
}
