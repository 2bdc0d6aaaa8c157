package kg.gov.kuzmat.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.audit.RequestAddress;
import kg.gov.kuzmat.platform.RateLimits;
import kg.gov.kuzmat.platform.RecordedText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an e-mail and password against the stored accounts. Failures are counted per address typed,
 * whether an account has it or not, and the {@value #MAX_FAILED_SIGN_INS}th within a {@link #LOCKOUT}
 * window locks that address for {@link #LOCKOUT} (also against the right password): the answer never
 * tells whether an address is registered. Attempts from one network address are limited per hour
 * ({@value #PER_ADDRESS_PROPERTY}, {@value #DEFAULT_PER_ADDRESS} unless set). Used by the web module's
 * identity store.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final String PER_ADDRESS_PROPERTY = "kuzmat.rate.sign-ins-per-address";
    public static final int DEFAULT_PER_ADDRESS = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @EJB
    private RateLimits limits;

    @Inject
    private Clock clock;

    public SignInResult authenticate(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return SignInResult.invalidCredentials();
        }
        String address = RequestAddress.current();
        if (address != null && !limits.take(RateLimits.Kind.SIGN_IN_ADDRESS, address,
                Integer.getInteger(PER_ADDRESS_PROPERTY, DEFAULT_PER_ADDRESS), Duration.ofHours(1))) {
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, null, RecordedText.write("auditDetail.signInThrottled"));
            return SignInResult.throttled(limits.windowEnd(Duration.ofHours(1)));
        }
        String typed = UserAccount.normalizeEmail(email);
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", typed)
                .getResultStream()
                .findFirst()
                .filter(account -> !account.isErased());
        Optional<Instant> locked = limits.lockedUntil(RateLimits.Kind.SIGN_IN_LOCK, typed, LOCKOUT);
        // An attempt takes its place in the count before the password is checked, so that parallel
        // guesses cannot all be checked before any of them is counted.
        if (locked.isPresent() || !limits.take(RateLimits.Kind.SIGN_IN_FAILURE, typed, MAX_FAILED_SIGN_INS, LOCKOUT)) {
            hasher.spendTimeOfOneVerification(password);
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, found.orElse(null), RecordedText.write("auditDetail.signInLocked"));
            return locked.isPresent() ? SignInResult.locked(locked.get()) : lock(typed);
        }
        if (found.isEmpty()) {
            hasher.spendTimeOfOneVerification(password);
            // The address typed is not kept: it may be a mistyped address of someone else.
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, null, RecordedText.write("auditDetail.signInUnknownAddress"));
            return failed(typed);
        }
        UserAccount account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            audit.recordAs(AuditTrail.ANONYMOUS, AuditAction.SIGN_IN_FAILED, account, RecordedText.write("auditDetail.signInWrongPassword"));
            return failed(typed);
        }
        // Told only to whoever knows the password, so a disabled account is not revealed to guessers.
        if (!account.isEnabled()) {
            audit.recordAs(account.getEmail(), AuditAction.SIGN_IN_FAILED, account, RecordedText.write("auditDetail.signInDisabled"));
            return SignInResult.disabled();
        }
        limits.forget(RateLimits.Kind.SIGN_IN_FAILURE, typed);
        account.signedInAt(clock.instant());
        audit.recordAs(account.getEmail(), AuditAction.SIGN_IN, account, null);
        return SignInResult.success(account);
    }

    /** A failed attempt, already counted: the one that reached the limit locks the address. */
    private SignInResult failed(String typed) {
        return limits.exhausted(RateLimits.Kind.SIGN_IN_FAILURE, typed, MAX_FAILED_SIGN_INS, LOCKOUT)
                ? lock(typed) : SignInResult.invalidCredentials();
    }

    /** Locks the typed address for {@link #LOCKOUT} from now, also against the right password. */
    private SignInResult lock(String typed) {
        limits.lock(RateLimits.Kind.SIGN_IN_LOCK, typed);
        return SignInResult.locked(clock.instant().plus(LOCKOUT));
    }
}
