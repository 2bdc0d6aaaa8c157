package kg.gov.kuzmat.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import kg.gov.kuzmat.platform.PersonErased;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.util.UUID;

/**
 * Erasing a person, the one way, whether they ask for it or their account has gone unused past the
 * retention period. Each area removes its own data on {@link PersonErased} (profile, documents, searches,
 * tokens, mail, feedback, consents' addresses, applications still withdrawable; contacts and network
 * addresses of what a competition's record keeps); what stays is the retention schedule's (README), and
 * the account stays as an anonymous tombstone that cannot sign in.
 */
@Dependent
public class AccountErasure {

    @Inject
    private Event<PersonErased> erasure;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    void erase(UserAccount account) {
        erasure.fire(new PersonErased(account.getId(), account.getEmail()));
        account.erase(clock.instant(), hasher.hash(UUID.randomUUID() + UUID.randomUUID().toString()));
    }
}
