package kg.gov.kuzmat.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Clock;

/**
 * What a person does through the links mailed to them: confirm their address, and set a new
 * password when they forgot theirs. Every link works once and for a limited time.
 */
@Stateless
@PermitAll
public class AccountRecovery {

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

    public void confirmEmail(String token) {
        tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL).confirmEmail(clock.instant());
    }

    /** The signed-in person lost the first mail or let it expire. */
    @RolesAllowed(Role.Names.APPLICANT)
    public void resendConfirmation() {
        UserAccount account = callers.current().orElseThrow(() -> new BusinessException("security.noAccount"));
        if (!account.isEmailConfirmed()) {
            mails.sendConfirmation(account);
        }
    }

    /**
     * Mails a reset link if the address belongs to an account. The caller learns nothing either way:
     * the answer, and the time it takes, are the same, so the form cannot tell who is registered.
     */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst()
                .filter(account -> !account.isErased())
                .ifPresent(mails::sendPasswordReset);
    }

    /**
     * Sets the new password, through a reset link or an HR officer's invitation; either also confirms
     * the address, since the link came to it.
     */
    public void resetPassword(String token, String newPassword) {
        UserAccount account = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD, AccountToken.Purpose.INVITATION);
        passwordPolicy.check(newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword));
        account.confirmEmail(clock.instant());
    }
}
