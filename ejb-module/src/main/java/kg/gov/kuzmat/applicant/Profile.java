package kg.gov.kuzmat.applicant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * Everything an applicant keeps in their profile and reuses for every application. {@code version}
 * is the one they loaded: a save over a newer one (another tab) is refused instead of overwriting it.
 */
public record Profile(
        @NotNull(message = "{validation.required}") @Valid Identity identity,
        @Size(max = 200, message = "{validation.tooLong}") String classRank,
        @NotNull @Size(max = 20, message = "{profile.tooManyRows}") List<@NotNull @Valid Education> education,
        @NotNull @Size(max = 40, message = "{profile.tooManyRows}") List<@NotNull @Valid WorkPeriod> experience,
        @NotNull @Size(max = 20, message = "{profile.tooManyRows}") List<@NotNull @Valid LanguageSkill> languages,
        long version) implements Serializable {
}
