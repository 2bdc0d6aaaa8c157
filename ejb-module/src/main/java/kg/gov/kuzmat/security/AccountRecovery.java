package kg.gov.kuzmat.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.audit.RequestAddress;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RateLimits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a person does through the links mailed to them: confirm their address, and set a new
 * password when they forgot theirs. Every link works once and for a limited time.
 */
@Stateless
@PermitAll
public class AccountRecovery {

    public static final String RESETS_PER_ADDRESS_PROPERTY = "kuzmat.rate.resets-per-address";
    /** Reset mails one address asks for in an hour, for any accounts; and mails one account gets. */
    public static final int DEFAULT_RESETS_PER_ADDRESS = 5;
    public static final int RESETS_PER_ACCOUNT = 3;
    public static final int CONFIRMATIONS_PER_ACCOUNT = 3;
    private static final Duration HOUR = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountTokens tokens;

    @Inject
    private AccountMails mails;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private CallerAccounts callers;

    @EJB
    private RateLimits limits;

    public void confirmEmail(String token) {
        tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL).confirmEmail(clock.instant());
    }

    /** The signed-in person lost the first mail or let it expire. */
    @RolesAllowed(Role.Names.APPLICANT)
    public void resendConfirmation() {
        UserAccount account = callers.current().orElseThrow(() -> new BusinessException("security.noAccount"));
        if (account.isEmailConfirmed()) {
            return;
        }
        if (!limits.take(RateLimits.Kind.CONFIRMATION_ACCOUNT, String.valueOf(account.getId()), CONFIRMATIONS_PER_ACCOUNT, HOUR)) {
            throw new BusinessException("account.tooManyConfirmations", minutesUntil(limits.windowEnd(HOUR)));
        }
        mails.sendConfirmation(account);
    }

    /**
     * Mails a reset link if the address belongs to an account. The caller learns nothing either way:
     * the answer, and the time it takes, are the same, so the form cannot tell who is registered.
     */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        String address = RequestAddress.current();
        if (address != null && !limits.take(RateLimits.Kind.PASSWORD_RESET_ADDRESS, address,
                Integer.getInteger(RESETS_PER_ADDRESS_PROPERTY, DEFAULT_RESETS_PER_ADDRESS), HOUR)) {
            throw new BusinessException("recovery.tooMany", minutesUntil(limits.windowEnd(HOUR)));
        }
        String typed = UserAccount.normalizeEmail(email);
        // Counted per address typed, known or not, and silently: the answer must not tell who is registered.
        if (!limits.take(RateLimits.Kind.PASSWORD_RESET_ACCOUNT, typed, RESETS_PER_ACCOUNT, HOUR)) {
            return;
        }
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", typed)
                .getResultStream()
                .findFirst()
                .filter(account -> !account.isErased())
                .ifPresent(mails::sendPasswordReset);
    }

    private long minutesUntil(Instant end) {
        return Math.max(1, Duration.between(clock.instant(), end).toMinutes() + 1);
    }

    /**
     * Sets the new password, through a reset link or an HR officer's invitation; either also confirms
     * the address, since the link came to it.
     */
    public void resetPassword(String token, String newPassword) {
        UserAccount account = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD, AccountToken.Purpose.INVITATION);
        passwordPolicy.check(newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword));
        // Whoever proved they own the address may sign in at once, even if guessers had locked it.
        limits.forget(RateLimits.Kind.SIGN_IN_FAILURE, account.getEmail());
        limits.forget(RateLimits.Kind.SIGN_IN_LOCK, account.getEmail());
        account.confirmEmail(clock.instant());
    }
}
