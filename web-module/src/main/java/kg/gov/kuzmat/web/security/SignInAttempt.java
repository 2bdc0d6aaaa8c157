package kg.gov.kuzmat.web.security;

import jakarta.enterprise.context.RequestScoped;
import kg.gov.kuzmat.security.SignInResult;

import java.util.Optional;

/** Why this request's sign-in failed, handed from the identity store to the login page. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public Optional<SignInResult> result() {
        return Optional.ofNullable(result);
    }
}
