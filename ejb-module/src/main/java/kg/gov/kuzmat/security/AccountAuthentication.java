package kg.gov.kuzmat.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.RecordedText;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an e-mail and password against the stored accounts, counting failures and locking an
 * account after {@value UserAccount#MAX_FAILED_SIGN_INS} of them. Used by the web module's identity store.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public SignInResult authenticate(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return SignInResult.invalidCredentials();
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || found.get().isErased()) {
            hasher.spendTimeOfOneVerification(password);
            // The address typed is not kept: it may be a mistyped address of someone else.
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, null, RecordedText.write("auditDetail.signInUnknownAddress"));
            return SignInResult.invalidCredentials();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, account, RecordedText.write("auditDetail.signInLocked"));
            return SignInResult.locked(account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, account, RecordedText.write("auditDetail.signInWrongPassword"));
            return account.isLockedAt(now) ? SignInResult.locked(account.getLockedUntil()) : SignInResult.invalidCredentials();
        }
        // Told only to whoever knows the password, so a disabled account is not revealed to guessers.
        if (!account.isEnabled()) {
            audit.recordAs(account.getEmail(), AuditAction.SIGN_IN_FAILED, account, RecordedText.write("auditDetail.signInDisabled"));
            return SignInResult.disabled();
        }
        account.recordSuccessfulSignIn();
        account.signedInAt(now);
        audit.recordAs(account.getEmail(), AuditAction.SIGN_IN, account, null);
        return SignInResult.success(account);
    }
}
