package kg.gov.kuzmat.security;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in against stored PBKDF2 hashes, with the lock-out after repeated failures. */
@ExtendWith(ArquillianExtension.class)
class AccountAuthenticationIT {

    private static final String PASSWORD = "Correct-Horse-7";

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private TestData testData;

    @Test
    void theRightPasswordSignsInWithTheAccountsRolesInAnyCaseOfTheAddress() {
        UserAccount account = testData.applicant(PASSWORD);

        SignInResult result = authentication.authenticate("  " + account.getEmail().toUpperCase() + " ", PASSWORD);

        assertEquals(SignInResult.Outcome.SUCCESS, result.outcome());
        assertEquals(account.getEmail(), result.email());
        assertEquals(Set.of(Role.APPLICANT), result.roles());
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), "hash parameters are stored with the hash");
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
        UserAccount account = testData.applicant(PASSWORD);

        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                authentication.authenticate("nobody-" + account.getEmail(), PASSWORD).outcome());
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                authentication.authenticate(account.getEmail(), "wrong").outcome());
        assertEquals(1, testData.account(account.getEmail()).getFailedSignIns());
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() {
        UserAccount account = testData.applicant(PASSWORD);
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_SIGN_INS; attempt++) {
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    authentication.authenticate(account.getEmail(), "wrong-" + attempt).outcome());
        }

        SignInResult fifth = authentication.authenticate(account.getEmail(), "wrong-5");
        SignInResult rightPasswordWhileLocked = authentication.authenticate(account.getEmail(), PASSWORD);

        assertEquals(SignInResult.Outcome.LOCKED, fifth.outcome());
        assertNotNull(fifth.lockedUntil());
        assertEquals(SignInResult.Outcome.LOCKED, rightPasswordWhileLocked.outcome());
    }
}
