package kg.gov.kuzmat.privacy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.security.AccountAuthentication;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy 3.1: the nightly retention job anonymises old unsuccessful files and erases long-unused
 * accounts after a warning; running it twice, or after a run stopped halfway, does nothing twice.
 * (The test server runs it in batches of two: {@code kuzmat.retention.batch}.)
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final Duration YEAR = Duration.ofDays(365);

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private Retention retention;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private TestData testData;

    @EJB
    private AsAdministrator administrator;

    @Inject
    private SentMails mails;

    @Test
    void oldUnsuccessfulFilesAreAnonymisedOnceEvenWhenARunStopsHalfway() throws Exception {
        long vacancy = testData.publishedVacancy(testData.agency());
        testData.competitionDecidedYearsAgo(vacancy, 4);
        LocalDate born = LocalDate.of(1990, 5, 5);
        List<Long> unsuccessful = testData.applicants(vacancy, "2", born, 3, "INTERVIEW", "NOT_SELECTED");
        long winner = testData.applicants(vacancy, "1", born, 1, "INTERVIEW", "WINNER").get(0);

        // A run that stops after its first batch (of two).
        long cut = retention.start();
        assertEquals(2, retention.anonymiseBatch(cut));

        RetentionRun next = administrator.call(() -> retention.runNow());
        assertTrue(next.getApplicationsAnonymised() >= 1, "the next run finishes the work");
        assertNotNull(next.getFinishedAt());
        for (long application : unsuccessful) {
            assertArrayEquals(new long[]{1, 0}, testData.applicationRemains(application), "anonymised, copies gone");
            String stored = testData.storedSnapshot(application);
            for (String personal : List.of("Статистиков", "+996 700 11 22 33", "@kuzmat.test", "1990-05-05", "205051990")) {
                assertFalse(stored.contains(personal), personal + " is still in the stored file: " + stored);
            }
        }
        assertArrayEquals(new long[]{0, 1}, testData.applicationRemains(winner), "the winner's file is the agency's record");
        assertTrue(testData.storedSnapshot(winner).contains("Статистиков"), "the winner's file keeps the name");
        RetentionRun stopped = administrator.call(() -> retention.recentRuns()).stream()
                .filter(r -> r.getId() == cut).findFirst().orElseThrow();
        assertNull(stopped.getFinishedAt(), "the stopped run says it did not finish");
        assertEquals(2, stopped.getApplicationsAnonymised());

        assertEquals(0, administrator.call(() -> retention.runNow()).getApplicationsAnonymised(), "nothing is done twice");
    }

    @Test
    void anUnusedAccountIsWarnedOnceThenErasedUnlessThePersonSignsIn() throws Exception {
        String email = CallingAs.REGISTERED_APPLICANT_EMAIL;
        testData.removeAccount(email);
        registration.register(testData.registration(email), new ConsentContext("127.0.0.1", "IT"));
        Instant now = Instant.now();
        testData.accountLastUsed(email, now.minus(YEAR.multipliedBy(3)).plus(Duration.ofDays(10)), null);

        administrator.call(() -> retention.runNow());
        assertNotNull(testData.retentionWarnedAt(email), "warned within the warning period");
        assertTrue(mails.to(email).stream().anyMatch(m -> m.subject().contains("удалена")), "told by mail, in Russian");
        int mailsBefore = mails.to(email).size();
        administrator.call(() -> retention.runNow());
        assertEquals(mailsBefore, mails.to(email).size(), "warned once");
        assertFalse(testData.account(email).isErased(), "not erased before its time");

        authentication.authenticate(email, TestData.STRONG_PASSWORD);
        assertNull(testData.retentionWarnedAt(email), "signing in keeps the account");

        long account = testData.account(email).getId();
        testData.accountLastUsed(email, now.minus(YEAR.multipliedBy(3)).minus(Duration.ofDays(2)), now.minus(Duration.ofDays(31)));
        RetentionRun erasing = administrator.call(() -> retention.runNow());
        assertTrue(erasing.getAccountsErased() >= 1);
        assertFalse(testData.accountExists(email), "the address is gone");
        assertTrue(testData.applicant(account).isEmpty(), "and the profile");
    }
}
