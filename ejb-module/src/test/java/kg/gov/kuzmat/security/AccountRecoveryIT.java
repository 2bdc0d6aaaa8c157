package kg.gov.kuzmat.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mailed links: each works once and only for a while; the reset form tells no one who is registered. */
@ExtendWith(ArquillianExtension.class)
class AccountRecoveryIT {

    private static final String CONFIRM = "/confirm-email.xhtml";
    private static final String RESET = "/reset-password.xhtml";
    private static final String NEW_PASSWORD = "Issyk-Kul-Karakol-Naryn";

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private AccountRecovery recovery;

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private TestData testData;

    @Inject
    private SentMails mails;

    private String registered() {
        String email = TestData.unique("it-recovery") + "@kuzmat.test";
        registration.register(testData.registration(email), new ConsentContext("127.0.0.1", "IT"));
        return email;
    }

    @Test
    void theConfirmationLinkConfirmsOnceAndThenIsInvalid() {
        String email = registered();
        String token = mails.newestToken(email, CONFIRM).orElseThrow();

        recovery.confirmEmail(token);

        assertTrue(testData.account(email).isEmailConfirmed());
        assertRefusedWith("token.invalid", () -> recovery.confirmEmail(token));
    }

    @Test
    void anExpiredLinkIsRefusedAsExpired() {
        String email = registered();
        String token = mails.newestToken(email, CONFIRM).orElseThrow();
        testData.expireTokens(email);

        assertRefusedWith("token.expired", () -> recovery.confirmEmail(token));
        assertFalse(testData.account(email).isEmailConfirmed());
    }

    @Test
    void aTokenForOnePurposeDoesNotServeAnotherAndGarbageIsRefused() {
        String email = registered();
        String confirmation = mails.newestToken(email, CONFIRM).orElseThrow();

        assertRefusedWith("token.invalid", () -> recovery.resetPassword(confirmation, NEW_PASSWORD));
        assertRefusedWith("token.invalid", () -> recovery.confirmEmail("not-a-token"));
        assertRefusedWith("token.invalid", () -> recovery.confirmEmail(null));
        assertRefusedWith("token.invalid", () -> recovery.confirmEmail("x".repeat(5000)));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String unknown = TestData.unique("it-nobody") + "@kuzmat.test";

        recovery.requestPasswordReset(unknown);
        recovery.requestPasswordReset("");
        recovery.requestPasswordReset(null);

        assertTrue(mails.to(unknown).isEmpty());
    }

    @Test
    void theResetLinkSetsANewPasswordOnceAndEndsALockout() {
        String email = registered();
        for (int attempt = 0; attempt < AccountAuthentication.MAX_FAILED_SIGN_INS; attempt++) {
            authentication.authenticate(email, "wrong-" + attempt);
        }
        assertEquals(SignInResult.Outcome.LOCKED, authentication.authenticate(email, TestData.STRONG_PASSWORD).outcome());

        recovery.requestPasswordReset(email.toUpperCase());
        String token = mails.newestToken(email, RESET).orElseThrow();
        recovery.resetPassword(token, NEW_PASSWORD);

        assertEquals(SignInResult.Outcome.SUCCESS, authentication.authenticate(email, NEW_PASSWORD).outcome());
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, authentication.authenticate(email, TestData.STRONG_PASSWORD).outcome());
        assertTrue(testData.account(email).isEmailConfirmed(), "the link came to the address, so it is confirmed");
        assertRefusedWith("token.invalid", () -> recovery.resetPassword(token, "Another-Good-Pass-Phrase"));
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStillWorks() {
        String email = registered();
        recovery.requestPasswordReset(email);
        String token = mails.newestToken(email, RESET).orElseThrow();

        assertRefusedWith("password.guessable", () -> recovery.resetPassword(token, "password1234"));
        recovery.resetPassword(token, NEW_PASSWORD);

        assertEquals(SignInResult.Outcome.SUCCESS, authentication.authenticate(email, NEW_PASSWORD).outcome());
    }

    @Test
    void aNewLinkReplacesTheEarlierOne() {
        String email = registered();
        recovery.requestPasswordReset(email);
        String first = mails.newestToken(email, RESET).orElseThrow();
        recovery.requestPasswordReset(email);
        String second = mails.newestToken(email, RESET).orElseThrow();

        assertNotEquals(first, second);
        assertRefusedWith("token.invalid", () -> recovery.resetPassword(first, NEW_PASSWORD));
        recovery.resetPassword(second, NEW_PASSWORD);
    }
}
