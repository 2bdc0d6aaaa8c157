package kg.gov.kuzmat.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import kg.gov.kuzmat.security.AccountAuthentication;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.SignInResult;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Validates e-mail and password against the portal's accounts; the rules live in {@link AccountAuthentication}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @EJB
    private AccountAuthentication authentication;

    @Inject
    private SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result;
        try {
            result = authentication.authenticate(credential.getCaller(), credential.getPasswordAsString());
        } catch (EJBException concurrentAttempt) {
            // Two attempts on one account at once: one of them lost the optimistic lock. Refuse it.
            LOG.log(Level.FINE, "Sign-in attempt rolled back", concurrentAttempt);
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempt.record(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.email(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
