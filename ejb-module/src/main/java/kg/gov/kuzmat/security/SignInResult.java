package kg.gov.kuzmat.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** The answer to one sign-in attempt. Only {@link Outcome#SUCCESS} carries the account's roles. */
public record SignInResult(Outcome outcome, String email, Set<Role> roles, Instant lockedUntil) implements Serializable {

    public enum Outcome {
        SUCCESS,
        /** Unknown e-mail or wrong password: the two are never told apart. */
        INVALID_CREDENTIALS,
        /** Too many failed attempts with this address typed, whether an account has it or not. */
        LOCKED,
        DISABLED,
        /** Too many attempts from the client's network address in the hour. */
        THROTTLED
    }

    static SignInResult success(UserAccount account) {
        return new SignInResult(Outcome.SUCCESS, account.getEmail(), Set.copyOf(account.getRoles()), null);
    }

    static SignInResult invalidCredentials() {
        return new SignInResult(Outcome.INVALID_CREDENTIALS, null, Set.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
    }

    static SignInResult throttled(Instant until) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), until);
    }

    static SignInResult disabled() {
        return new SignInResult(Outcome.DISABLED, null, Set.of(), null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
