package kg.gov.kuzmat.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who the applicant is and how to reach them, as they type it. Messages are bundle keys; the
 * personal number and phone have rules of their own ({@link PersonalNumber}, {@link Phone}).
 */
public record Identity(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String surname,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String givenName,
        @Size(max = 100, message = "{validation.tooLong}") String patronymic,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String personalNumber,
        @NotNull(message = "{validation.required}") @Past(message = "{validation.past}") LocalDate birthDate,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String phone)
        implements Serializable {

    /** Surname, name and patronymic if any, as lists and documents show a person. */
    public String fullName() {
        return patronymic == null || patronymic.isBlank() ? surname + " " + givenName : surname + " " + givenName + " " + patronymic;
    }
}
