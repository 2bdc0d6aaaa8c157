package kg.gov.kuzmat.applicant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * The registration form: an address to sign in with, a password, the person's identity, and their
 * acceptance of the policy revision they were shown ({@code policyVersion}).
 */
public record Registration(
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.tooLong}") String email,
        @NotBlank(message = "{validation.required}") String password,
        @NotNull(message = "{validation.required}") @Valid Identity identity,
        int policyVersion,
        @AssertTrue(message = "{registration.consentRequired}") boolean policyAccepted,
        String language) implements Serializable {

    /** Never in a log or a stack trace. */
    @Override
    public String toString() {
        return "Registration[policyVersion=" + policyVersion + ", policyAccepted=" + policyAccepted + "]";
    }
}
