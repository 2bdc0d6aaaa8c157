package kg.gov.kuzmat.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import kg.gov.kuzmat.applicant.ApplicantRecords;
import kg.gov.kuzmat.mail.MailDelivery;
import kg.gov.kuzmat.security.AccountTokens;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.selection.ApplicationsOfAccount;

import java.time.Clock;
import java.util.UUID;

/**
 * Erasing a person, the one way, whether they ask for it or their account has gone unused past the
 * retention period: profile, documents, searches, tokens, mail and the address they signed in with
 * are gone, and applications to competitions still taking applications; applications to competitions
 * past their deadline stay under the retention rules; the consent records keep only which revision was
 * accepted and when; the account stays as an anonymous tombstone that cannot sign in.
 */
@Dependent
public class AccountErasure {

    @Inject
    private ApplicationsOfAccount applications;

    @Inject
    private ApplicantRecords records;

    @Inject
    private AccountTokens tokens;

    @Inject
    private MailDelivery mail;

    @Inject
    private ConsentLedger consents;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    void erase(UserAccount account) {
        applications.eraseWithdrawable(account);
        records.eraseApplicantOf(account);
        tokens.deleteAll(account);
        mail.forget(account.getEmail());
        consents.withdrawAll(account);
        account.erase(clock.instant(), hasher.hash(UUID.randomUUID() + UUID.randomUUID().toString()));
    }
}
