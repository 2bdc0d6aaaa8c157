package kg.gov.kuzmat.exam;

import jakarta.ejb.EJB;
import jakarta.json.bind.JsonbBuilder;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.selection.ApplicationConfirmations;
import kg.gov.kuzmat.selection.Applying;
import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsOtherHrOfficer;
import kg.gov.kuzmat.testing.AsOtherRegisteredApplicant;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import kg.gov.kuzmat.vacancy.PositionGroup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The computer test from the bank to the competition: a variant drawn by the specification, answers
 * saved on the server's clock, scoring, and the score entering the testing stage.
 */
@ExtendWith(ArquillianExtension.class)
class ExamIT {

    private static final ApplicationConfirmations ALL = new ApplicationConfirmations(true, true, true);
    private static final int LAW_QUESTIONS = 3;
    private static final int ETHICS_QUESTIONS = 2;

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private QuestionBank bank;

    @EJB
    private ExamSpecifications specifications;

    @EJB
    private ExamSittings sittings;

    @EJB
    private ExamTaking taking;

    @EJB
    private ExamResults results;

    @EJB
    private OverdueAttempts overdueAttempts;

    @EJB
    private Competitions competitions;

    @EJB
    private Applying applying;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant first;

    @EJB
    private AsOtherRegisteredApplicant second;

    @EJB
    private AsHrOfficer hr;

    @EJB
    private AsOtherHrOfficer otherAgencysHr;

    @EJB
    private AsAdministrator administrator;

    private long vacancy;
    private long firstApplication;
    private long secondApplication;
    private ExamTopic law;
    private ExamTopic ethics;
    /** The right option's Russian text, by question text. */
    private final Map<String, String> rightOption = new HashMap<>();

    @BeforeEach
    void twoCandidatesAdmittedToAScheduledTest() throws Exception {
        for (String email : List.of(CallingAs.REGISTERED_APPLICANT_EMAIL, CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL)) {
            testData.removeAccount(email);
            registration.register(testData.registration(email), new ConsentContext("127.0.0.1", "IT"));
            testData.confirmEmail(email);
        }
        Agency agency = testData.agency();
        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, agency);
        testData.hrOfficer(CallingAs.OTHER_HR_OFFICER_EMAIL, testData.agency());
        vacancy = testData.publishedVacancy(agency);
        firstApplication = first.call(() -> applying.apply(vacancy, Set.of(), ALL)).id();
        secondApplication = second.call(() -> applying.apply(vacancy, Set.of(), ALL)).id();

        law = administrator.call(() -> bank.addTopic(TestData.unique("LAW").toUpperCase().replace('-', '_'),
                new LocalizedName("Мыйзам", "Закон", "Law")));
        ethics = administrator.call(() -> bank.addTopic(TestData.unique("ETHICS").toUpperCase().replace('-', '_'),
                new LocalizedName("Этика", "Этика", "Ethics")));
        for (int i = 1; i <= 5; i++) {
            write(law, "Закон " + law.getCode() + " вопрос " + i);
            write(ethics, "Этика " + ethics.getCode() + " вопрос " + i);
        }
        Long specVersion = administrator.call(() -> specifications.of(PositionGroup.SENIOR))
                .map(ExamSpecification::getVersion).orElse(null);
        administrator.call(() -> specifications.define(PositionGroup.SENIOR, specVersion, 30, 3,
                List.of(new TopicShare(law.getId(), LAW_QUESTIONS), new TopicShare(ethics.getId(), ETHICS_QUESTIONS))));

        hr.call(() -> competitions.view(vacancy));
        testData.moveDeadlineToYesterday(vacancy);
        advance(null);
        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication, secondApplication)));
        Instant now = Instant.now();
        long competitionVersion = testData.competitionVersion(vacancy);
        hr.call(() -> sittings.schedule(vacancy, competitionVersion, now.minus(1, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.HOURS)));
        advance("Computer test today, 10:00 to 12:00, from home or room 5");
    }

    private void write(ExamTopic topic, String text) throws Exception {
        // The right option is always C as written; the shuffling must not let that show.
        administrator.call(() -> bank.write(new QuestionDraft(topic.getId(),
                new WordingDraft(text + " (ky)", "ky 1", "ky 2", "ky 3", "ky 4"),
                new WordingDraft(text, "неверно 1 " + text, "неверно 2 " + text, "верно " + text, "неверно 3 " + text), 3)));
        rightOption.put(text, "верно " + text);
    }

    private CompetitionView advance(String invitation) throws Exception {
        long version = testData.competitionVersion(vacancy);
        return hr.call(() -> competitions.advance(vacancy, version, invitation));
    }

    private TestState startAsFirst() throws Exception {
        return first.call(() -> taking.start(firstApplication, "ru", "10.0.0.1"));
    }

    private int rightPlace(TestState.PosedQuestion question) {
        return question.options().indexOf(rightOption.get(question.text())) + 1;
    }

    @Test
    void theCandidateSitsAVariantDrawnBySpecificationAndTheScoreEntersTheCompetition() throws Exception {
        TestState before = first.call(() -> taking.state(firstApplication, "10.0.0.1"));
        assertEquals(TestState.Phase.OPEN, before.phase());
        assertEquals(5, before.questionCount());

        TestState started = startAsFirst();
        assertEquals(TestState.Phase.RUNNING, started.phase());
        List<TestState.PosedQuestion> questions = started.running().questions();
        assertEquals(5, questions.size());
        assertEquals(LAW_QUESTIONS, questions.stream().filter(q -> q.text().startsWith("Закон " + law.getCode())).count());
        assertEquals(ETHICS_QUESTIONS, questions.stream().filter(q -> q.text().startsWith("Этика " + ethics.getCode())).count());
        assertEquals(5, new HashSet<>(questions.stream().map(TestState.PosedQuestion::text).toList()).size(), "no question twice");
        assertTrue(started.running().remainingSeconds() > 29 * 60 && started.running().remainingSeconds() <= 30 * 60);

        String sent = JsonbBuilder.create().toJson(started);
        assertFalse(sent.toLowerCase().contains("correct"), "nothing about the right option is sent: " + sent);
        assertFalse(sent.contains("\"correctOption\""));

        long attempt = started.running().attemptId();
        // Four right, one wrong.
        for (TestState.PosedQuestion question : questions) {
            int place = question.position() == 1 ? rightPlace(question) % 4 + 1 : rightPlace(question);
            SavedAnswer saved = first.call(() -> taking.save(attempt, question.position(), place, "10.0.0.1"));
            assertEquals(place, saved.chosenPlace());
        }
        ExamResult result = first.call(() -> taking.submit(attempt, "10.0.0.1"));
        assertEquals(4, result.score());
        assertEquals(3, result.passScore());
        assertTrue(result.passed());
        assertEquals(ExamAttempt.Submission.CANDIDATE, result.how());
        assertEquals(4, first.call(() -> taking.submit(attempt, "10.0.0.1")).score(), "a second submission shows the same result");
        assertRefusedWith("exam.alreadySubmitted", () -> first.call(() -> taking.save(attempt, 1, 1, "10.0.0.1")));

        CompetitionView competition = hr.call(() -> competitions.view(vacancy));
        assertEquals(4, competition.candidates().stream().filter(c -> c.applicationId() == firstApplication)
                .findFirst().orElseThrow().testScore());
        assertEquals(5, competition.maxScore(), "the competition's maximum is the test's number of questions");
        SittingOverview overview = hr.call(() -> sittings.overview(vacancy));
        assertEquals(1, overview.attempts().size());
        assertEquals(4, overview.attempts().get(0).score());
        AttemptRecord record = hr.call(() -> sittings.record(attempt));
        assertEquals(List.of(ExamAttemptEvent.Kind.STARTED, ExamAttemptEvent.Kind.ANSWERED, ExamAttemptEvent.Kind.ANSWERED,
                        ExamAttemptEvent.Kind.ANSWERED, ExamAttemptEvent.Kind.ANSWERED, ExamAttemptEvent.Kind.ANSWERED,
                        ExamAttemptEvent.Kind.SUBMITTED, ExamAttemptEvent.Kind.ANSWER_REFUSED),
                record.log().stream().map(AttemptRecord.Entry::kind).toList());
        assertEquals("10.0.0.1", record.log().get(0).address());
        assertRefusedWith("exam.attemptNotFound", () -> otherAgencysHr.call(() -> sittings.record(attempt)));

        assertTrue(results.of(vacancy).isEmpty(), "results are published only after the window closes");
        List<QuestionStatistic> statistics = administrator.call(() -> bank.statistics());
        assertEquals(5, statistics.stream().filter(s -> s.topicCode().equals(law.getCode()) || s.topicCode().equals(ethics.getCode()))
                .mapToLong(QuestionStatistic::answered).sum());
    }

    @Test
    void theServersClockEndsTheAttemptAndScoresWhatWasSaved() throws Exception {
        TestState started = startAsFirst();
        long attempt = started.running().attemptId();
        TestState.PosedQuestion question = started.running().questions().get(0);
        first.call(() -> taking.save(attempt, 1, rightPlace(question), "10.0.0.1"));

        testData.attemptTimeRanOut(attempt);
        assertRefusedWith("exam.timeUp", () -> first.call(() -> taking.save(attempt, 2, 1, "10.0.0.1")));
        assertEquals(1, testData.savedAnswers(attempt), "the refused answer was not saved");

        // The every-minute timer may score it first; either way it is scored once.
        overdueAttempts.finishOverdue();
        overdueAttempts.finishOverdue();
        TestState after = first.call(() -> taking.state(firstApplication, "10.0.0.1"));
        assertEquals(TestState.Phase.FINISHED, after.phase());
        assertEquals(1, after.result().score());
        assertEquals(ExamAttempt.Submission.TIME_UP, after.result().how());
        assertFalse(after.result().passed());
        assertEquals(List.of("STARTED", "ANSWERED", "ANSWER_REFUSED", "TIME_UP"), testData.attemptLog(attempt));
    }

    @Test
    void aLostSessionOrASecondDeviceContinuesTheSameAttempt() throws Exception {
        TestState started = startAsFirst();
        long attempt = started.running().attemptId();
        first.call(() -> taking.save(attempt, 2, 4, "10.0.0.1"));

        TestState resumed = first.call(() -> taking.state(firstApplication, "10.0.0.2"));
        assertEquals(TestState.Phase.RUNNING, resumed.phase());
        assertEquals(attempt, resumed.running().attemptId());
        assertEquals(4, resumed.running().questions().get(1).chosenPlace(), "the saved answer is shown again");
        assertNull(resumed.running().questions().get(0).chosenPlace());
        assertEquals(started.running().questions().get(1).options(), resumed.running().questions().get(1).options(),
                "the options keep the order they were shown in");

        TestState again = first.call(() -> taking.start(firstApplication, "ky", "10.0.0.3"));
        assertEquals(attempt, again.running().attemptId(), "starting again continues, never restarts");
        assertEquals("ru", again.running().language());
        assertEquals(1, testData.attemptsOf(firstApplication));
        assertTrue(testData.attemptLog(attempt).contains("RESUMED"));
    }

    @Test
    void concurrentStartsMakeOneAttempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Long> start = () -> startAsFirst().running().attemptId();
                starts.add(pool.submit(start));
            }
            Set<Long> attempts = new HashSet<>();
            for (Future<Long> start : starts) {
                attempts.add(start.get());
            }
            assertEquals(1, attempts.size(), "every tab got the same attempt: " + attempts);
            assertEquals(1, testData.attemptsOf(firstApplication));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nobodyElseTouchesAnAttemptAndOnlyTheWindowAdmitsAStart() throws Exception {
        long attempt = startAsFirst().running().attemptId();
        assertRefusedWith("exam.attemptNotFound", () -> second.call(() -> taking.save(attempt, 1, 1, "10.0.0.9")));
        assertRefusedWith("exam.attemptNotFound", () -> second.call(() -> taking.submit(attempt, "10.0.0.9")));
        assertRefusedWith("application.notFound", () -> second.call(() -> taking.state(firstApplication, "10.0.0.9")));
        assertRefusedWith("exam.answerInvalid", () -> first.call(() -> taking.save(attempt, 6, 1, "10.0.0.1")));
        assertRefusedWith("exam.answerInvalid", () -> first.call(() -> taking.save(attempt, 1, 5, "10.0.0.1")));
        assertAccessDenied(() -> hr.call(() -> taking.save(attempt, 1, 1, "10.0.0.1")));
        assertRefusedWith("vacancy.notFound", () -> otherAgencysHr.call(() -> sittings.overview(vacancy)));
        assertRefusedWith("exam.alreadyStarted", () -> hr.call(() -> sittings.schedule(vacancy, testData.competitionVersion(vacancy),
                Instant.now(), Instant.now().plus(1, ChronoUnit.HOURS))));
        assertRefusedWith("exam.languageUnknown", () -> second.call(() -> taking.start(secondApplication, "en", "10.0.0.9")));
    }

    @Test
    void oneSpecificationGivenToEveryGroupAtOnceIsKeptForEach() throws Exception {
        testData.specifyEveryGroup(40, 2, List.of(new TopicShare(law.getId(), 2), new TopicShare(ethics.getId(), 1)));
        for (PositionGroup group : PositionGroup.values()) {
            assertEquals(3, administrator.call(() -> specifications.of(group)).orElseThrow().questionCount(), group.name());
        }
    }

    @Test
    void theBankKeepsEveryRevisionAndTakesProposalsFromOfficers() throws Exception {
        QuestionView proposed = hr.call(() -> bank.propose(new QuestionDraft(law.getId(),
                new WordingDraft("Сунуш", "a", "b", "c", "d"), new WordingDraft("Предложение " + law.getCode(), "а", "б", "в", "г"), 1)));
        assertEquals(QuestionStatus.PROPOSED, proposed.status());
        assertAccessDenied(() -> hr.call(() -> bank.decideProposal(proposed.id(), true)));
        assertAccessDenied(() -> first.call(() -> bank.write(null)));
        QuestionView accepted = administrator.call(() -> bank.decideProposal(proposed.id(), true));
        assertEquals(QuestionStatus.ACTIVE, accepted.status());

        QuestionView revised = administrator.call(() -> bank.revise(accepted.id(), new QuestionDraft(law.getId(),
                new WordingDraft("Сунуш 2", "a", "b", "c", "d"), new WordingDraft("Предложение исправленное " + law.getCode(),
                "а", "б", "в", "г"), 2)));
        assertEquals(2, revised.revision());
        assertEquals(accepted.lineage(), revised.lineage());
        List<QuestionView> history = administrator.call(() -> bank.history(revised.id()));
        assertEquals(List.of(QuestionStatus.RETIRED, QuestionStatus.ACTIVE), history.stream().map(QuestionView::status).toList());
        assertEquals("Предложение " + law.getCode(), history.get(0).russian().text(), "the first revision reads as it did");
        assertRefusedWith("exam.onlyActiveRevised", () -> administrator.call(() -> bank.revise(accepted.id(),
                new QuestionDraft(law.getId(), new WordingDraft("x", "a", "b", "c", "d"), new WordingDraft("y", "а", "б", "в", "г"), 1))));
        assertRefusedWith("exam.optionsRepeat", () -> administrator.call(() -> bank.write(new QuestionDraft(law.getId(),
                new WordingDraft("x", "a", "a", "c", "d"), new WordingDraft("y", "а", "б", "в", "г"), 1))));
    }

    @Test
    void anImportWithBadRowsSaysWhyForEachAndImportsNothing() throws Exception {
        long before = administrator.call(() -> bank.find(law.getId(), null, null, 0)).total();
        List<String> header = QuestionBank.COLUMNS;
        List<List<String>> bad = List.of(header,
                row(law.getCode(), "Импорт 1", "C"),
                row("NO_SUCH_TOPIC", "Импорт 2", "A"),
                row(law.getCode(), "Импорт 3", "E"),
                row(law.getCode(), "Импорт 1", "B"),
                row(law.getCode(), "", "A"),
                row(law.getCode(), "Закон " + law.getCode() + " вопрос 1", "A"));
        ImportReport report = administrator.call(() -> bank.importRows(bad));
        assertFalse(report.isImported());
        assertEquals(0, report.imported());
        assertEquals(List.of(3, 4, 5, 6, 7), report.rejections().stream().map(ImportReport.Rejection::row).toList());
        assertEquals(List.of("exam.import.unknownTopic", "exam.correctOptionInvalid", "exam.import.repeatsRow",
                        "exam.wordingIncomplete", "exam.questionExists"),
                report.rejections().stream().map(ImportReport.Rejection::messageKey).toList());
        assertEquals(before, administrator.call(() -> bank.find(law.getId(), null, null, 0)).total(), "nothing half-imported");

        ImportReport missing = administrator.call(() -> bank.importRows(List.of(List.of("topic", "question_ru"))));
        assertEquals("exam.import.missingColumns", missing.rejections().get(0).messageKey());

        ImportReport good = administrator.call(() -> bank.importRows(List.of(header, row(law.getCode(), "Импорт 1", "в"),
                row(law.getCode(), "Импорт 2", "4"))));
        assertTrue(good.isImported());
        assertEquals(2, good.imported());
        assertEquals(before + 2, administrator.call(() -> bank.find(law.getId(), null, null, 0)).total());
        List<List<String>> exported = administrator.call(() -> bank.exportRows());
        assertEquals(header, exported.get(0));
        List<String> imported = exported.stream().filter(r -> r.get(6).equals("Импорт 1")).findFirst().orElseThrow();
        assertEquals("C", imported.get(11), "Cyrillic В is option C");
        assertNotNull(exported.stream().filter(r -> r.get(6).equals("Импорт 2") && r.get(11).equals("D")).findFirst().orElse(null));
    }

    private static List<String> row(String topic, String russianText, String correct) {
        return List.of(topic, russianText + " ky", "1", "2", "3", "4",
                russianText, russianText.isEmpty() ? "" : "один", "два", "три", "четыре", correct);
    }
}
