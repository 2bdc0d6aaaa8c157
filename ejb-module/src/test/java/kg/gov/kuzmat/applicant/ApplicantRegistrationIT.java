package kg.gov.kuzmat.applicant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import kg.gov.kuzmat.privacy.Consent;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.privacy.PrivacyPolicies;
import kg.gov.kuzmat.security.AccountAuthentication;
import kg.gov.kuzmat.security.SignInResult;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedBecauseOf;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen registers: every rule of the form, and the consent record that proves what they accepted. */
@ExtendWith(ArquillianExtension.class)
class ApplicantRegistrationIT {

    private static final ConsentContext ORIGIN = new ConsentContext("203.0.113.7", "Mozilla/5.0 (IT) Chromium");

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private PrivacyPolicies policies;

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private TestData testData;

    @Inject
    private SentMails mails;

    private static String newAddress() {
        return TestData.unique("it-registrant") + "@kuzmat.test";
    }

    @Test
    void registrationStoresTheAccountIdentityAndAConsentRecordToTheCurrentPolicyAndMailsAConfirmationLink() {
        String email = newAddress();
        Registration form = testData.registration(email);
        Instant before = Instant.now();

        registration.register(form, ORIGIN);

        UserAccount account = testData.account(email);
        assertFalse(account.isEmailConfirmed(), "the address is not confirmed until the link is opened");
        Applicant applicant = testData.applicant(account.getId()).orElseThrow();
        assertEquals(form.identity().personalNumber(), applicant.getPersonalNumber());
        assertEquals("+996700112233", applicant.identity().phone());
        List<Consent> consents = testData.consents(email);
        assertEquals(1, consents.size());
        Consent consent = consents.get(0);
        assertEquals(policies.current().getNumber(), consent.getPolicy().getNumber());
        assertEquals(policies.current().getLastUpdated(), consent.getPolicy().getLastUpdated());
        assertFalse(consent.getAcceptedAt().isBefore(before.minusSeconds(1)));
        assertEquals("203.0.113.7", consent.getIpAddress());
        assertEquals("Mozilla/5.0 (IT) Chromium", consent.getUserAgent());
        assertTrue(mails.newestToken(email, "/confirm-email.xhtml").isPresent(), "a confirmation link was mailed");
        assertTrue(mails.to(email).get(0).text().startsWith("Вы зарегистрировались"), "mailed in the registrant's language");
        assertEquals(SignInResult.Outcome.SUCCESS, authentication.authenticate(email, TestData.STRONG_PASSWORD).outcome());
    }

    @Test
    void withoutAcceptingThePolicyNoAccountIsCreated() {
        String email = newAddress();
        Registration form = testData.registration(email);
        Registration declined = new Registration(form.email(), form.password(), form.identity(), form.policyVersion(), false, "ky");

        assertRefusedBecauseOf(ConstraintViolationException.class, () -> registration.register(declined, ORIGIN));

        assertFalse(testData.accountExists(email));
        assertTrue(mails.to(email).isEmpty());
    }

    @Test
    void consentToARevisionNoLongerInForceIsRefused() {
        String email = newAddress();
        Registration form = testData.registration(email);
        Registration stale = new Registration(form.email(), form.password(), form.identity(), form.policyVersion() + 1, true, "ky");

        assertRefusedWith("consent.policyChanged", () -> registration.register(stale, ORIGIN));
        assertFalse(testData.accountExists(email));
    }

    @Test
    void malformedPersonalNumbersAreRefusedWithTheirReason() {
        assertPinRefused("pin.length", "2140319950000");
        assertPinRefused("pin.digitsOnly", "2140319950000A");
        assertPinRefused("pin.sexDigit", "31403199500001");
        assertPinRefused("pin.birthDate", "23102199500001");
        assertPinRefused("pin.birthDate", "21403209900001");
    }

    @Test
    void aBirthDateOtherThanTheOneInThePersonalNumberIsRefused() {
        String email = newAddress();
        Registration form = testData.registration(email);
        Identity identity = form.identity();
        Identity otherDay = new Identity(identity.surname(), identity.givenName(), null, identity.personalNumber(),
                identity.birthDate().plusDays(1), identity.phone());

        assertRefusedWith("pin.birthDateMismatch", () -> registration.register(withIdentity(form, otherDay), ORIGIN));
        assertFalse(testData.accountExists(email));
    }

    @Test
    void onePersonalNumberAndOneAddressHaveOneAccountAndOnlyTheMailboxIsToldWhich() {
        Registration first = testData.registration(newAddress());
        registration.register(first, ORIGIN);
        String firstPassword = testData.account(first.email()).getPasswordHash();

        Registration samePin = withIdentity(testData.registration(newAddress()), first.identity());
        registration.register(samePin, ORIGIN);
        assertFalse(testData.accountExists(samePin.email()), "no second account with the number");
        assertTrue(mails.to(samePin.email()).stream().anyMatch(mail -> mail.text().contains("/feedback.xhtml")),
                "the mailbox typed is told the number has an account, and how to claim it back");

        Registration sameAddress = testData.registration(first.email().toUpperCase());
        registration.register(sameAddress, ORIGIN);
        assertEquals(firstPassword, testData.account(first.email()).getPasswordHash(), "the existing account is untouched");
        assertEquals(1, mails.to(first.email()).stream().filter(mail -> mail.text().contains("/login.xhtml")).count(),
                "the owner of the address is told someone tried to register with it");
    }

    @Test
    void commonShortAndPersonalPasswordsAreRefused() {
        Registration form = testData.registration(newAddress());
        assertRefusedWith("password.tooShort", () -> registration.register(withPassword(form, "Kx7-short"), ORIGIN));
        assertRefusedWith("password.guessable", () -> registration.register(withPassword(form, "password123"), ORIGIN));
        assertRefusedWith("password.guessable", () -> registration.register(withPassword(form, "qwertyuiop1"), ORIGIN));
        assertRefusedWith("password.guessable", () -> registration.register(withPassword(form, "Kuzmat" + form.identity().birthDate().getYear() + "!"), ORIGIN));
        assertFalse(testData.accountExists(form.email()));
    }

    @Test
    void aPhoneNumberNeedsNineToFifteenDigits() {
        Registration form = testData.registration(newAddress());
        Identity identity = form.identity();
        Identity badPhone = new Identity(identity.surname(), identity.givenName(), null, identity.personalNumber(),
                identity.birthDate(), "12-34");

        assertRefusedWith("phone.invalid", () -> registration.register(withIdentity(form, badPhone), ORIGIN));
        assertNull(testData.applicantByPin(identity.personalNumber()));
    }

    private void assertPinRefused(String reason, String pin) {
        Registration form = testData.registration(newAddress());
        Identity identity = form.identity();
        Identity bad = new Identity(identity.surname(), identity.givenName(), null, pin, identity.birthDate(), identity.phone());
        assertRefusedWith(reason, () -> registration.register(withIdentity(form, bad), ORIGIN));
    }

    private static Registration withIdentity(Registration form, Identity identity) {
        return new Registration(form.email(), form.password(), identity, form.policyVersion(), true, form.language());
    }

    private static Registration withPassword(Registration form, String password) {
        return new Registration(form.email(), password, form.identity(), form.policyVersion(), true, form.language());
    }
}
