package kg.gov.kuzmat.applicant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsOtherRegisteredApplicant;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved searches and their daily mail: only what is new, only when there is something, stoppable by one link. */
@ExtendWith(ArquillianExtension.class)
class SearchAlertsIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe\\.xhtml\\?key=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private MySearches mySearches;

    @EJB
    private SearchAlerts alerts;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant applicant;

    @EJB
    private AsOtherRegisteredApplicant otherApplicant;

    @EJB
    private AsAdministrator administrator;

    @Inject
    private SentMails mails;

    private final String word = "alertword" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void registerBoth() {
        for (String email : List.of(CallingAs.REGISTERED_APPLICANT_EMAIL, CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL)) {
            testData.removeAccount(email);
            registration.register(testData.registration(email), new ConsentContext("127.0.0.1", "IT"));
        }
        testData.confirmEmail(CallingAs.REGISTERED_APPLICANT_EMAIL);
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.BISHKEK);
    }

    private static VacancySearch words(String query) {
        return new VacancySearch(query, null, null, null, null, null, null, true, VacancySort.NEWEST, 0, 10);
    }

    private List<Mail> digests() {
        return mails.to(CallingAs.REGISTERED_APPLICANT_EMAIL).stream().filter(mail -> mail.text().contains(word)).toList();
    }

    @Test
    void newMatchingVacanciesAreMailedOnceAndNothingIsMailedWhenNothingIsNew() throws Exception {
        applicant.call(() -> mySearches.save("Мой поиск " + word, words(word), true));
        Agency agency = testData.agency();
        testData.publishManyWithWord(agency, word, 2);

        administrator.call(() -> alerts.sendAll(today()));

        List<Mail> sent = digests();
        assertEquals(1, sent.size());
        assertEquals(2, sent.get(0).text().split(word + " ", -1).length - 1, "both new vacancies are listed");
        assertTrue(sent.get(0).text().contains("/vacancy.xhtml?id="));
        administrator.call(() -> alerts.sendAll(today()));
        assertEquals(1, digests().size(), "a day is covered once");
    }

    @Test
    void noMailWhenNothingNewMatches() throws Exception {
        applicant.call(() -> mySearches.save("Пусто", words(word + "nothing"), true));

        administrator.call(() -> alerts.sendAll(today()));

        assertTrue(mails.to(CallingAs.REGISTERED_APPLICANT_EMAIL).stream().noneMatch(mail -> mail.text().contains("Пусто")));
    }

    @Test
    void theLinkInTheMailStopsTheAlertWithoutSigningIn() throws Exception {
        SavedSearch saved = applicant.call(() -> mySearches.save("Остановить " + word, words(word), true));
        Agency agency = testData.agency();
        testData.publishManyWithWord(agency, word, 1);
        administrator.call(() -> alerts.sendAll(today().minusDays(1)));
        administrator.call(() -> alerts.sendAll(today()));
        Matcher key = UNSUBSCRIBE.matcher(digests().get(0).text());
        assertTrue(key.find());

        assertTrue(mySearches.switchAlertsByKey(key.group(1), false), "no identity needed");
        assertFalse(mySearches.switchAlertsByKey("no-such-key", false));

        assertFalse(applicant.call(mySearches::list).stream().filter(s -> s.getId().equals(saved.getId())).findFirst()
                .orElseThrow().isAlerts());
    }

    @Test
    void searchesAreTheirOwnersAndOnlyTheTimersRoleSendsDigests() throws Exception {
        SavedSearch saved = applicant.call(() -> mySearches.save("Чужой", words(word), true));

        assertRefusedWith("savedSearch.notFound", () -> otherApplicant.call(() -> {
            mySearches.delete(saved.getId());
            return null;
        }));
        assertRefusedWith("savedSearch.nameRequired", () -> applicant.call(() -> mySearches.save(" ", words(word), true)));
        assertAccessDenied(() -> applicant.call(() -> alerts.sendAll(today())));
        assertEquals(1, applicant.call(mySearches::list).size());
    }
}
