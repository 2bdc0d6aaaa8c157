package kg.gov.kuzmat.security;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.audit.RequestAddress;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() {
        UserAccount account = testData.applicant(PASSWORD);
        for (int attempt = 1; attempt < AccountAuthentication.MAX_FAILED_SIGN_INS; attempt++) {
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    authentication.authenticate(account.getEmail(), "wrong-" + attempt).outcome());
        }

        SignInResult fifth = authentication.authenticate(account.getEmail(), "wrong-5");
        SignInResult rightPasswordWhileLocked = authentication.authenticate(account.getEmail(), PASSWORD);

        assertEquals(SignInResult.Outcome.LOCKED, fifth.outcome());
        assertNotNull(fifth.lockedUntil());
        assertEquals(SignInResult.Outcome.LOCKED, rightPasswordWhileLocked.outcome());
    }

    @Test
    void anAddressNobodyHasIsLockedAfterAsManyFailuresSoTheLockTellsNothing() {
        String nobody = TestData.unique("it-nobody") + "@kuzmat.test";
        for (int attempt = 1; attempt < AccountAuthentication.MAX_FAILED_SIGN_INS; attempt++) {
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, authentication.authenticate(nobody, "guess-" + attempt).outcome());
        }
        assertEquals(SignInResult.Outcome.LOCKED, authentication.authenticate(nobody, "guess-5").outcome(),
                "locked exactly as a registered address would be");
    }

    @Test
    void parallelGuessesAreEachCountedAndTheLockHolds() throws Exception {
        UserAccount account = testData.applicant(PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<SignInResult.Outcome>> guesses = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String guess = "guess-" + i;
                guesses.add(pool.submit(() -> authentication.authenticate(account.getEmail(), guess).outcome()));
            }
            long refusedAsWrong = 0;
            for (Future<SignInResult.Outcome> guess : guesses) {
                SignInResult.Outcome outcome = guess.get();
                assertTrue(outcome == SignInResult.Outcome.INVALID_CREDENTIALS || outcome == SignInResult.Outcome.LOCKED, outcome.name());
                refusedAsWrong += outcome == SignInResult.Outcome.INVALID_CREDENTIALS ? 1 : 0;
            }
            assertTrue(refusedAsWrong < AccountAuthentication.MAX_FAILED_SIGN_INS,
                    "no guess escaped the count: " + refusedAsWrong + " were answered as mere wrong passwords");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(SignInResult.Outcome.LOCKED, authentication.authenticate(account.getEmail(), PASSWORD).outcome());
    }

    @Test
    void oneNetworkAddressMayTryOnlySoManySignInsAnHour() {
        UserAccount account = testData.applicant(PASSWORD);
        String address = "198.51.100." + (int) (Math.random() * 250);
        // The test runs inside the server: the limit is set as its administrator would, and the address
        // is the one the web module hands over for each request.
        System.setProperty(AccountAuthentication.PER_ADDRESS_PROPERTY, "3");
        RequestAddress.begin(address);
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertEquals(SignInResult.Outcome.SUCCESS, authentication.authenticate(account.getEmail(), PASSWORD).outcome());
            }
            SignInResult fourth = authentication.authenticate(account.getEmail(), PASSWORD);
            assertEquals(SignInResult.Outcome.THROTTLED, fourth.outcome(), "even with the right password");
            assertNotNull(fourth.lockedUntil(), "the answer says until when");
        } finally {
            RequestAddress.end();
            System.clearProperty(AccountAuthentication.PER_ADDRESS_PROPERTY);
        }
        assertEquals(SignInResult.Outcome.SUCCESS, authentication.authenticate(account.getEmail(), PASSWORD).outcome(),
                "another address is not held back");
    }
}
