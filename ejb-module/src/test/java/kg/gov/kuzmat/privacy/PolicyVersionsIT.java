package kg.gov.kuzmat.privacy;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dated policy revisions, and the applicant's acceptance of each new one before they continue. */
@ExtendWith(ArquillianExtension.class)
class PolicyVersionsIT {

    private static final ConsentContext ORIGIN = new ConsentContext("198.51.100.4", "IT browser");

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private PrivacyPolicies policies;

    @EJB
    private MyConsent myConsent;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private TestData testData;

    @EJB
    private AsAdministrator asAdministrator;

    @EJB
    private AsRegisteredApplicant asApplicant;

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.BISHKEK);
    }

    @Test
    void theFirstRevisionIsTheAgencysPolicyInThreeLanguages() {
        PolicyVersion first = policies.find(1).orElseThrow();

        assertTrue(first.textIn(Locale.forLanguageTag("ru")).contains("Политика конфиденциальности"));
        assertTrue(first.textIn(Locale.forLanguageTag("en")).contains("Privacy Policy"));
        assertTrue(first.textIn(Locale.forLanguageTag("ky")).contains("Купуялуулук саясаты"));
        assertEquals(policies.current().getNumber(), policies.history().get(0).getNumber());
    }

    @Test
    void aNewRevisionMustBeAcceptedAgainAndTheAcceptanceIsRecorded() throws Exception {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        registration.register(testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL), ORIGIN);
        assertTrue(asApplicant.call(myConsent::hasAcceptedCurrent));
        int before = policies.current().getNumber();

        PolicyVersion next = asAdministrator.call(() -> policies.publish(text(today())));

        assertEquals(before + 1, next.getNumber());
        assertEquals(next.getNumber(), policies.current().getNumber());
        assertFalse(asApplicant.call(myConsent::hasAcceptedCurrent), "a new revision needs a new acceptance");
        assertRefusedWith("consent.policyChanged", () -> asApplicant.call(() -> {
            myConsent.acceptCurrent(before, ORIGIN);
            return null;
        }));
        asApplicant.call(() -> {
            myConsent.acceptCurrent(next.getNumber(), ORIGIN);
            return null;
        });
        assertTrue(asApplicant.call(myConsent::hasAcceptedCurrent));
        List<Consent> consents = testData.consents(CallingAs.REGISTERED_APPLICANT_EMAIL);
        assertEquals(List.of(next.getNumber(), before), consents.stream().map(c -> c.getPolicy().getNumber()).toList());
        assertEquals("198.51.100.4", consents.get(0).getIpAddress());
    }

    @Test
    void onlyAnAdministratorPublishesAndOnlyWithAPlausibleDate() {
        assertAccessDenied(() -> asApplicant.call(() -> policies.publish(text(today()))));
        assertAccessDenied(() -> policies.publish(text(today())));
        assertRefusedWith("policy.dateInFuture", () -> asAdministrator.call(() -> policies.publish(text(today().plusDays(2)))));
        assertRefusedWith("policy.dateBeforeCurrent", () -> asAdministrator.call(
                () -> policies.publish(text(policies.current().getLastUpdated().minusDays(1)))));
    }

    private static PolicyText text(LocalDate lastUpdated) {
        return new PolicyText(lastUpdated, "Саясат (сынак)", "Политика (тест)", "Policy (test)");
    }
}
