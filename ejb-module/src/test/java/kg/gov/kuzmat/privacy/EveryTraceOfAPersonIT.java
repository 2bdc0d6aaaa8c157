package kg.gov.kuzmat.privacy;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.Education;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.LanguageSkill;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.MySearches;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.Registration;
import kg.gov.kuzmat.applicant.WorkPeriod;
import kg.gov.kuzmat.exam.ExamTaking;
import kg.gov.kuzmat.exam.ExamSittings;
import kg.gov.kuzmat.exam.ExamTopic;
import kg.gov.kuzmat.exam.QuestionBank;
import kg.gov.kuzmat.exam.QuestionDraft;
import kg.gov.kuzmat.exam.TestState;
import kg.gov.kuzmat.exam.TopicShare;
import kg.gov.kuzmat.exam.WordingDraft;
import kg.gov.kuzmat.feedback.Feedback;
import kg.gov.kuzmat.selection.ApplicationConfirmations;
import kg.gov.kuzmat.selection.Applying;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy policy's promise, checked on the data left behind: a person with every kind of data the
 * portal holds erases their account, and then every row of every table (read from the database's own
 * catalogue, so a table added later is covered too) is searched for each of their values. Only the
 * places the retention schedule (README, "Retention schedule") keeps past erasure may still hold one:
 * the competition's record of an application made before its deadline passed, and the disclosure
 * register.
 */
@ExtendWith(ArquillianExtension.class)
class EveryTraceOfAPersonIT {

    private static final ApplicationConfirmations ALL = new ApplicationConfirmations(true, true, true);

    /**
     * Where the schedule keeps identity, profile and documents after erasure: an application to a
     * competition whose deadline has passed is part of that competition's record until it is anonymised;
     * the disclosure register keeps what a state body was given.
     */
    private static final Set<String> COMPETITION_RECORD = Set.of("application", "application_document", "appeal");
    private static final Set<String> DISCLOSURE_REGISTER = Set.of("disclosure_request", "disclosure_export");

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private MyData myData;

    @EJB
    private MyProfile myProfile;

    @EJB
    private MyDocuments myDocuments;

    @EJB
    private MySearches mySearches;

    @EJB
    private Applying applying;

    @EJB
    private Competitions competitions;

    @EJB
    private QuestionBank bank;

    @EJB
    private ExamSittings sittings;

    @EJB
    private ExamTaking taking;

    @EJB
    private Feedback feedback;

    @EJB
    private DisclosureRegister disclosures;

    @EJB
    private Retention retention;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant person;

    @EJB
    private AsHrOfficer hr;

    @EJB
    private AsAdministrator administrator;

    /** Each of the person's values is unique to this run, so that finding one anywhere means it was left behind. */
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String surname = "Изилов" + run;
    private final String givenName = "Нурлан" + run;
    private final String phone = "+996 555 " + run.chars().map(c -> '0' + c % 10).limit(6)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    private final String consentAddress = "198.51.100." + (Math.abs(run.hashCode()) % 200 + 1);
    private final String userAgent = "Browser/" + run;
    private final String testAddress = "203.0.113." + (Math.abs(run.hashCode() / 7) % 200 + 1);
    private final String feedbackAddress = "192.0.2." + (Math.abs(run.hashCode() / 13) % 200 + 1);
    private final String institution = "Университет-" + run;
    private final String employer = "Работодатель-" + run;
    private final String languageName = "Язык-" + run;
    private final String fileMarker = "Файл-" + run;
    private final String fileName = "диплом-" + run + ".pdf";
    private final String searchName = "Поиск-" + run;
    private final String appealGrounds = "Жалоба-" + run + ": мой диплом приложен";
    private final String feedbackText = "Сообщение-" + run + " о работе портала";
    /** The vacancies the person applied to. */
    private final List<Long> vacancies = new ArrayList<>();

    @Test
    void erasureLeavesOnlyTheCompetitionRecordAndTheDisclosureRegister() throws Exception {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        // The test address is shared by the suite; what earlier tests left under it is not this person's.
        List<String> earlier = testData.placesHolding(List.of(CallingAs.REGISTERED_APPLICANT_EMAIL));
        String pin = personWithEveryKindOfData();
        Map<String, String> values = personalValues(pin);
        assertTrue(testData.placesHolding(List.copyOf(values.values())).size() >= values.size(),
                "before erasure the scan finds every value");

        person.call(() -> {
            myData.erase(TestData.STRONG_PASSWORD);
            return null;
        });

        assertEquals(Map.of(), leftBehind(values, earlier, EveryTraceOfAPersonIT::keptBySchedule),
                "values of the erased person left outside the retention schedule");
    }

    @Test
    void retentionPastEveryPeriodLeavesOnlyTheDisclosureRegister() throws Exception {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        List<String> earlier = testData.placesHolding(List.of(CallingAs.REGISTERED_APPLICANT_EMAIL));
        String pin = personWithEveryKindOfData();
        Map<String, String> values = personalValues(pin);

        // Every period of the schedule has passed: the competitions closed years ago and were never
        // decided, the account has gone unused for years, and its owner was warned a month ago.
        vacancies.forEach(vacancy -> testData.deadlineYearsAgo(vacancy, Retention.years(Retention.UNSUCCESSFUL_PROPERTY) + 1));
        Instant now = Instant.now();
        testData.accountLastUsed(CallingAs.REGISTERED_APPLICANT_EMAIL,
                now.minus(365L * (Retention.years(Retention.INACTIVE_PROPERTY) + 1), ChronoUnit.DAYS),
                now.minus(Retention.warningDays() + 1, ChronoUnit.DAYS));
        administrator.call(() -> retention.runNow());

        assertEquals(Map.of(), leftBehind(values, earlier,
                        (kind, table) -> DISCLOSURE_REGISTER.contains(table) && kind.equals("personal number")),
                "values left after every retention period");
    }

    /** Where each value still is, by kind, leaving out the places the rule allows. */
    private Map<String, String> leftBehind(Map<String, String> values, List<String> earlier, BiPredicate<String, String> allowed) {
        Map<String, String> leftBehind = new TreeMap<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            List<String> places = new ArrayList<>(testData.placesHolding(List.of(value.getValue())));
            if (value.getValue().equals(CallingAs.REGISTERED_APPLICANT_EMAIL)) {
                earlier.forEach(places::remove);
            }
            for (String place : places) {
                String table = place.substring(0, place.indexOf(":")).toLowerCase(Locale.ROOT);
                if (!allowed.test(value.getKey(), table)) {
                    leftBehind.merge(value.getKey(), table, (a, b) -> a + ", " + b);
                }
            }
        }
        return leftBehind;
    }

    /**
     * The schedule's exceptions: the competition's record keeps who applied (names, personal number, birth
     * date), the profile they applied with, the documents they gave and their appeal, but not how to reach
     * them; the disclosure register keeps the personal number a state body asked about and what it was given.
     * Contact details, network addresses, browsers, searches and feedback go with the account.
     */
    private static boolean keptBySchedule(String kind, String table) {
        return switch (kind) {
            case "surname", "given name", "personal number", "institution", "employer", "language" ->
                    COMPETITION_RECORD.contains(table) || DISCLOSURE_REGISTER.contains(table);
            case "file content", "file name", "appeal grounds" -> COMPETITION_RECORD.contains(table);
            default -> false;
        };
    }

    private Map<String, String> personalValues(String pin) {
        Map<String, String> values = new TreeMap<>();
        values.put("e-mail", CallingAs.REGISTERED_APPLICANT_EMAIL);
        values.put("surname", surname);
        values.put("given name", givenName);
        values.put("personal number", pin);
        values.put("phone", phone.replace(" ", ""));
        values.put("consent address", consentAddress);
        values.put("user agent", userAgent);
        values.put("test address", testAddress);
        values.put("feedback address", feedbackAddress);
        values.put("institution", institution);
        values.put("employer", employer);
        values.put("language", languageName);
        values.put("file content", fileMarker);
        values.put("file name", fileName.substring(0, fileName.length() - 4));
        values.put("saved search", searchName);
        values.put("appeal grounds", appealGrounds);
        values.put("feedback", feedbackText);
        return values;
    }

    /**
     * Registered, profile and a document, a saved search, feedback; an application to a competition still
     * taking them, one not admitted and appealed, one admitted to a computer test that was taken; and a
     * state body's request about them in the disclosure register. Answers the personal number.
     */
    private String personWithEveryKindOfData() throws Exception {
        Registration usual = testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL);
        Identity identity = new Identity(surname, givenName, "Кызы", usual.identity().personalNumber(),
                usual.identity().birthDate(), phone);
        registration.register(new Registration(usual.email(), usual.password(), identity, usual.policyVersion(), true, "ky"),
                new ConsentContext(consentAddress, userAgent));
        testData.confirmEmail(CallingAs.REGISTERED_APPLICANT_EMAIL);
        person.call(() -> {
            Profile loaded = myProfile.view().profile();
            return myProfile.save(new Profile(loaded.identity(), "Ранг " + run,
                    List.of(new Education(institution, "Право", EducationLevel.HIGHER_BACHELOR, 2001, 2005)),
                    List.of(new WorkPeriod(employer, "Юрист", LocalDate.of(2006, 1, 1), null, true)),
                    List.of(new LanguageSkill(languageName, LanguageLevel.B2)), loaded.version()));
        });
        byte[] pdf = ("%PDF-1.4\n" + fileMarker + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        long document = person.call(() -> myDocuments.upload(DocumentKind.DIPLOMA, fileName, pdf)).getId();
        person.call(() -> mySearches.save(searchName, new VacancySearch(run, null, null, null, null, null, null, true,
                VacancySort.NEWEST, 0, 10), true));
        feedback.send(surname + " " + givenName, CallingAs.REGISTERED_APPLICANT_EMAIL, feedbackText, "ky", feedbackAddress);

        Agency agency = testData.agency();
        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, agency);
        long stillOpen = testData.publishedVacancy(agency);
        vacancies.add(stillOpen);
        person.call(() -> applying.apply(stillOpen, Set.of(document), ALL));

        long appealed = testData.publishedVacancy(agency);
        vacancies.add(appealed);
        long appealedApplication = person.call(() -> applying.apply(appealed, Set.of(document), ALL)).id();
        hr.call(() -> competitions.view(appealed));
        testData.moveDeadlineToYesterday(appealed);
        hr.call(() -> competitions.advance(appealed, testData.competitionVersion(appealed), null));
        hr.call(() -> competitions.notAdmit(appealed, Set.of(appealedApplication), "Нет диплома"));
        person.call(() -> applying.appeal(appealedApplication, appealGrounds));

        takeAComputerTest(agency, document);

        administrator.call(() -> disclosures.register(new DisclosureDraft("Генеральная прокуратура", "12-3/" + run,
                LocalDate.now().minusDays(1), "Закон «О прокуратуре», ст. 7", identity.personalNumber(),
                EnumSet.of(DisclosedCategory.IDENTITY, DisclosedCategory.APPLICATIONS)), "letter.pdf",
                "%PDF-1.4\nletter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        return identity.personalNumber();
    }

    private void takeAComputerTest(Agency agency, long document) throws Exception {
        ExamTopic topic = administrator.call(() -> bank.addTopic(TestData.unique("ERASURE").toUpperCase().replace('-', '_'),
                new LocalizedName("Мыйзам", "Закон", "Law")));
        for (int i = 1; i <= 2; i++) {
            String text = "Вопрос " + topic.getCode() + " " + i;
            administrator.call(() -> bank.write(new QuestionDraft(topic.getId(),
                    new WordingDraft(text + " (ky)", "ky 1", "ky 2", "ky 3", "ky 4"),
                    new WordingDraft(text, "1 " + text, "2 " + text, "3 " + text, "4 " + text), 3)));
        }
        testData.specifyEveryGroup(30, 1, List.of(new TopicShare(topic.getId(), 2)));
        long tested = testData.publishedVacancy(agency);
        vacancies.add(tested);
        long application = person.call(() -> applying.apply(tested, Set.of(document), ALL)).id();
        hr.call(() -> competitions.view(tested));
        testData.moveDeadlineToYesterday(tested);
        hr.call(() -> competitions.advance(tested, testData.competitionVersion(tested), null));
        hr.call(() -> competitions.admit(tested, Set.of(application)));
        Instant now = Instant.now();
        hr.call(() -> sittings.schedule(tested, testData.competitionVersion(tested), now.minus(1, ChronoUnit.MINUTES),
                now.plus(2, ChronoUnit.HOURS)));
        hr.call(() -> competitions.advance(tested, testData.competitionVersion(tested), "Тест сегодня"));
        TestState started = person.call(() -> taking.start(application, "ru", testAddress));
        person.call(() -> taking.save(started.running().attemptId(), 1, 1, testAddress));
        person.call(() -> taking.submit(started.running().attemptId(), testAddress));
    }
}
