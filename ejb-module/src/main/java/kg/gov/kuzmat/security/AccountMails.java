package kg.gov.kuzmat.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;

/** The mails that carry a token: each issues a fresh one and sends it once the transaction commits. */
@Dependent
public class AccountMails {

    @Inject
    private AccountTokens tokens;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    public void sendConfirmation(UserAccount account) {
        send(account, AccountToken.Purpose.CONFIRM_EMAIL, "confirmEmail", "/confirm-email.xhtml?token=");
    }

    public void sendPasswordReset(UserAccount account) {
        send(account, AccountToken.Purpose.RESET_PASSWORD, "resetPassword", "/reset-password.xhtml?token=");
    }

    /** An administrator invited an HR officer: the link sets their first password. */
    public void sendInvitation(UserAccount account) {
        send(account, AccountToken.Purpose.INVITATION, "invitation", "/reset-password.xhtml?token=");
    }

    /**
     * Someone tried to register with the address of an existing account: its owner is told, and told
     * how to sign in; the person at the form sees what every registrant sees.
     */
    public void sendRegistrationAttempt(UserAccount holder) {
        if (!holder.isErased()) {
            mail.fire(texts.compose(holder.getEmail(), holder.getPreferredLanguage(), "registrationAttempt", "/login.xhtml"));
        }
    }

    /**
     * Someone registered with a free address but a personal number that has an account: the mail to that
     * address (not the page) says so, and how to claim the number back if it was taken by someone else.
     */
    public void sendPersonalNumberTaken(String email, String language) {
        mail.fire(texts.compose(email, language, "registrationPinTaken", "/feedback.xhtml"));
    }

    private void send(UserAccount account, AccountToken.Purpose purpose, String kind, String page) {
        String token = tokens.issue(account, purpose);
        mail.fire(texts.compose(account.getEmail(), account.getPreferredLanguage(), kind, page + token,
                purpose.validity().toHours()));
    }
}
