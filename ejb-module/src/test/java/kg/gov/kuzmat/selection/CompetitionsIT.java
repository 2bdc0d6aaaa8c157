package kg.gov.kuzmat.selection;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.applicant.ApplicantDocument;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsOtherHrOfficer;
import kg.gov.kuzmat.testing.AsOtherRegisteredApplicant;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage machine of a competition, as the HR officer of the vacancy's agency runs it. */
@ExtendWith(ArquillianExtension.class)
class CompetitionsIT {

    private static final ApplicationConfirmations ALL = new ApplicationConfirmations(true, true, true);

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

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

    @EJB
    private PersonnelReserve personnelReserve;

    @EJB
    private ReserveNotices reserveNotices;

    @EJB
    private CandidateFiles candidateFiles;

    @EJB
    private RecordingRetention recordingRetention;

    @EJB
    private MyDocuments myDocuments;

    @Inject
    private SentMails mails;

    private Agency agency;
    private long vacancy;
    private long firstApplication;
    private long secondApplication;

    @BeforeEach
    void twoCandidatesApplied() throws Exception {
        for (String email : List.of(CallingAs.REGISTERED_APPLICANT_EMAIL, CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL)) {
            testData.removeAccount(email);
            registration.register(testData.registration(email), new ConsentContext("127.0.0.1", "IT"));
            testData.confirmEmail(email);
        }
        agency = testData.agency();
        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, agency);
        testData.hrOfficer(CallingAs.OTHER_HR_OFFICER_EMAIL, testData.agency());
        vacancy = testData.publishedVacancy(agency);
        firstApplication = first.call(() -> applying.apply(vacancy, Set.of(), ALL)).id();
        secondApplication = second.call(() -> applying.apply(vacancy, Set.of(), ALL)).id();
    }

    private CompetitionView view() throws Exception {
        return hr.call(() -> competitions.view(vacancy));
    }

    private CompetitionView advance(String invitation) throws Exception {
        view();
        long version = version();
        return hr.call(() -> competitions.advance(vacancy, version, invitation));
    }

    private long version() throws Exception {
        return testData.competitionVersion(vacancy);
    }

    private long candidateVersion(long application) throws Exception {
        return view().candidates().stream().filter(c -> c.applicationId() == application).findFirst().orElseThrow().version();
    }

    private CompetitionView.Candidate candidate(CompetitionView view, long application) {
        return view.candidates().stream().filter(c -> c.applicationId() == application).findFirst().orElseThrow();
    }

    @Test
    void aCompetitionRunsThroughEveryStageInOrderToADecisionWithAReserve() throws Exception {
        assertRefusedWith("competition.stillAccepting", () -> advance(null));
        testData.moveDeadlineToYesterday(vacancy);

        CompetitionView review = advance(null);
        assertEquals(CompetitionStage.DOCUMENT_REVIEW, review.stage());
        assertEquals(2L, review.competingAt().get(Stage.DOCUMENT_REVIEW));
        assertRefusedWith("competition.wrongStage", () -> hr.call(() -> {
            competitions.recordTestScore(firstApplication, candidateVersion(firstApplication), 50, "paper test");
            return null;
        }));
        assertRefusedWith("competition.undecidedCandidates", () -> advance("15.12.2026 10:00, room 5"));

        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication, secondApplication)));
        assertRefusedWith("competition.invitationRequired", () -> advance(" "));
        CompetitionView testing = advance("15.12.2026 10:00, Bishkek, Chui 96, room 5");
        assertEquals(CompetitionStage.TESTING, testing.stage());

        assertRefusedWith("competition.missingScores", () -> advance("20.12.2026 11:00, room 1"));
        long staleVersion = candidateVersion(firstApplication);
        hr.call(() -> {
            competitions.recordTestScore(firstApplication, staleVersion, 48, "Paper test: the computer test is not yet available");
            return null;
        });
        assertRefusedWith("selection.changedMeanwhile", () -> hr.call(() -> {
            competitions.recordTestScore(firstApplication, staleVersion, 10, "a second officer's entry");
            return null;
        }));
        assertRefusedWith("selection.scoreOutOfRange", () -> hr.call(() -> {
            competitions.recordTestScore(secondApplication, candidateVersion(secondApplication), 61, "paper");
            return null;
        }));
        hr.call(() -> {
            competitions.recordTestScore(secondApplication, candidateVersion(secondApplication), 30, "Paper test");
            return null;
        });
        CompetitionView interview = advance("20.12.2026 11:00, room 1");
        assertEquals(2L, interview.competingAt().get(Stage.INTERVIEW), "30 of 60 passes");

        hr.call(() -> {
            competitions.recordInterview(firstApplication, candidateVersion(firstApplication),
                    List.of(new InterviewScore("Member A", 8), new InterviewScore("Member B", 9)));
            return null;
        });
        assertRefusedWith("competition.missingScores", () -> hr.call(
                () -> competitions.decide(vacancy, version(), firstApplication, Set.of(secondApplication))));
        hr.call(() -> {
            competitions.recordInterview(secondApplication, candidateVersion(secondApplication),
                    List.of(new InterviewScore("Member A", 6), new InterviewScore("Member B", 7), new InterviewScore("Member C", 7)));
            return null;
        });
        assertRefusedWith("competition.invalidDecision", () -> hr.call(
                () -> competitions.decide(vacancy, version(), firstApplication, Set.of(firstApplication))));

        byte[] mp3 = "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000 interview audio".getBytes(StandardCharsets.ISO_8859_1);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF};
        assertRefusedWith("recording.typeRefused", () -> hr.call(() -> competitions.attachRecording(firstApplication, "a.mp3", program)));
        long recording = hr.call(() -> competitions.attachRecording(firstApplication, "C:\\rec\\interview.mp3", mp3));

        CompetitionView decided = hr.call(() -> competitions.decide(vacancy, version(), firstApplication, Set.of(secondApplication)));

        ApplicationView.Recording kept = first.call(applying::mine).get(0).recordings().get(0);
        assertEquals("interview.mp3", kept.fileName());
        assertEquals(LocalDate.now(ClockProducer.BISHKEK).plusYears(3), kept.retainUntil());
        assertArrayEquals(mp3, first.call(() -> applying.recording(firstApplication, recording)).content(), "the candidate's own copy");
        assertRefusedWith("application.notFound", () -> second.call(() -> applying.recording(firstApplication, recording)));
        assertRefusedWith("application.notFound", () -> otherAgencysHr.call(() -> candidateFiles.recording(firstApplication, recording)));
        testData.recordingsExpired(firstApplication);
        assertEquals(1, administrator.call(() -> recordingRetention.purge()));
        assertEquals(List.of(), first.call(applying::mine).get(0).recordings());

        assertEquals(CompetitionStage.DECIDED, decided.stage());
        assertEquals(Outcome.WINNER, candidate(decided, firstApplication).outcome());
        assertEquals(Outcome.RESERVE, candidate(decided, secondApplication).outcome());
        assertEquals(new BigDecimal("8.50"), candidate(decided, firstApplication).interviewScore());
        assertEquals(new BigDecimal("6.67"), candidate(decided, secondApplication).interviewScore());
        assertRefusedWith("competition.decided", () -> advance("again"));
        assertRefusedWith("competition.decided", () -> hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication))));
        assertTrue(decided.record().size() >= 8, "every transition is recorded");
        ApplicationView.Results reserveResults = second.call(applying::mine).get(0).results();
        assertEquals(30, reserveResults.testScore());
        assertEquals(30, reserveResults.passScore());
        assertEquals(2, reserveResults.rank(), "ranked by interview score once decided");
        assertEquals(2, reserveResults.ranked());

        List<ApplicationEvent.Kind> timeline = first.call(applying::mine).get(0).timeline().stream()
                .map(ApplicationView.Step::kind).toList();
        assertEquals(List.of(ApplicationEvent.Kind.SUBMITTED, ApplicationEvent.Kind.ADMITTED, ApplicationEvent.Kind.INVITED,
                ApplicationEvent.Kind.TEST_SCORED, ApplicationEvent.Kind.ADMITTED, ApplicationEvent.Kind.INVITED,
                ApplicationEvent.Kind.INTERVIEW_SCORED, ApplicationEvent.Kind.DECIDED), timeline);
        assertTrue(mails.to(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL).stream()
                .anyMatch(mail -> mail.text().contains("кадровый резерв")), "the reserve decision is mailed in Russian");
    }

    @Test
    void aCandidateNotAdmittedIsToldWhyAndBelowThePassScoreStopsAtTesting() throws Exception {
        testData.moveDeadlineToYesterday(vacancy);
        advance(null);

        assertRefusedWith("selection.reasonRequired", () -> hr.call(() -> competitions.notAdmit(vacancy, Set.of(secondApplication), " ")));
        CompetitionView afterReview = hr.call(() -> competitions.notAdmit(vacancy, Set.of(secondApplication),
                "No higher education in law, which the position requires"));
        assertEquals(Outcome.NOT_ADMITTED, candidate(afterReview, secondApplication).outcome());
        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication)));
        advance("15.12.2026 10:00, room 5");
        hr.call(() -> {
            competitions.recordTestScore(firstApplication, candidateVersion(firstApplication), 29, "Paper test");
            return null;
        });

        CompetitionView interview = advance("20.12.2026 11:00, room 1");

        assertEquals(Outcome.NOT_ADMITTED, candidate(interview, firstApplication).outcome());
        assertNull(candidate(interview, firstApplication).reason(), "the score is the reason");
        assertTrue(mails.to(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL).stream()
                .anyMatch(mail -> mail.text().contains("No higher education in law")));
    }

    /** Runs the competition to a decision: the first candidate wins, the second goes to the reserve. */
    private void runToDecisionWithSecondInReserve() throws Exception {
        testData.moveDeadlineToYesterday(vacancy);
        advance(null);
        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication, secondApplication)));
        advance("15.12.2026 10:00, room 5");
        for (long application : List.of(firstApplication, secondApplication)) {
            hr.call(() -> {
                competitions.recordTestScore(application, candidateVersion(application), 40, "Paper test");
                return null;
            });
        }
        advance("20.12.2026 11:00, room 1");
        for (long application : List.of(firstApplication, secondApplication)) {
            hr.call(() -> {
                competitions.recordInterview(application, candidateVersion(application), List.of(new InterviewScore("M", 7)));
                return null;
            });
        }
        hr.call(() -> competitions.decide(vacancy, version(), firstApplication, Set.of(secondApplication)));
    }

    @Test
    void theReserveHoldsItsPeopleForAYearTellsThemOfMatchingVacanciesAndLetsThemGo() throws Exception {
        runToDecisionWithSecondInReserve();

        List<ReserveRow> reserve = hr.call(() -> reserveOf(null));
        ReserveRow place = reserve.stream().filter(row -> row.applicationId() == secondApplication).findFirst().orElseThrow();
        assertEquals(place.enteredOn().plusMonths(12), place.expiresOn());
        assertEquals(1, hr.call(() -> reserveOf("осмонова нурзат")).stream()
                .filter(row -> row.applicationId() == secondApplication).count(), "searched by name");
        assertEquals(List.of(), otherAgencysHr.call(() -> reserveOf(null)), "another agency's reserve is not visible");

        hr.call(() -> testData.publishedVacancyLike(vacancy));
        assertTrue(mails.to(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL).stream()
                .anyMatch(mail -> mail.subject().contains("кадрового резерва")), "told of a matching vacancy");

        long reserveFirst = hr.call(() -> testData.publishedVacancyLike(vacancy, LocalDate.now(ClockProducer.BISHKEK).plusDays(5)));
        assertRefusedWith("application.reserveOnly", () -> first.call(() -> applying.apply(reserveFirst, Set.of(), ALL)));
        assertEquals(Stage.DOCUMENT_ACCEPTANCE, second.call(() -> applying.apply(reserveFirst, Set.of(), ALL)).stage(),
                "the reserve applies first");

        testData.reserveEndsOn(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL, LocalDate.now(ClockProducer.BISHKEK).plusDays(10));
        administrator.call(() -> reserveNotices.maintain());
        assertTrue(mails.to(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL).stream()
                .anyMatch(mail -> mail.subject().contains("скоро истекает")), "warned a month ahead");
        testData.reserveEndsOn(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL, LocalDate.now(ClockProducer.BISHKEK).minusDays(1));
        administrator.call(() -> reserveNotices.maintain());
        assertTrue(hr.call(() -> reserveOf(null)).stream().noneMatch(row -> row.applicationId() == secondApplication),
                "an ended place leaves the reserve");
    }

    private List<ReserveRow> reserveOf(String name) {
        return personnelReserve.search(null, name);
    }

    @Test
    void anAppealIsFiledInTimeDecidedWithAReasonAndAnUpheldOnePutsTheCandidateBack() throws Exception {
        testData.moveDeadlineToYesterday(vacancy);
        advance(null);
        hr.call(() -> competitions.notAdmit(vacancy, Set.of(firstApplication, secondApplication), "No diploma attached"));

        AppealView appeal = second.call(() -> applying.appeal(secondApplication, "My diploma is in my profile documents"));
        assertRefusedWith("appeal.notAllowed", () -> second.call(() -> applying.appeal(secondApplication, "again")));
        assertRefusedWith("appeal.notFound", () -> otherAgencysHr.call(
                () -> competitions.decideAppeal(appeal.id(), Appeal.Decision.UPHELD, "x")));
        assertRefusedWith("selection.reasonRequired", () -> hr.call(
                () -> competitions.decideAppeal(appeal.id(), Appeal.Decision.UPHELD, " ")));
        hr.call(() -> competitions.decideAppeal(appeal.id(), Appeal.Decision.UPHELD, "The diploma was checked: it meets the requirements"));

        assertEquals(Outcome.IN_PROGRESS, candidate(view(), secondApplication).outcome(), "back in the competition");
        assertEquals(Stage.DOCUMENT_REVIEW, candidate(view(), secondApplication).stage());
        ApplicationView seen = second.call(applying::mine).get(0);
        assertEquals(Appeal.Decision.UPHELD, seen.appeals().get(0).decision());
        assertTrue(seen.timeline().stream().map(ApplicationView.Step::kind).toList()
                .containsAll(List.of(ApplicationEvent.Kind.APPEALED, ApplicationEvent.Kind.APPEAL_DECIDED)));
        assertTrue(mails.to(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL).stream()
                .anyMatch(mail -> mail.text().contains("удовлетворена")));
        assertRefusedWith("appeal.alreadyDecided", () -> hr.call(
                () -> competitions.decideAppeal(appeal.id(), Appeal.Decision.REJECTED, "changed my mind")));

        testData.ageTimeline(firstApplication, 6);
        assertRefusedWith("appeal.notAllowed", () -> first.call(() -> applying.appeal(firstApplication, "too late")));
    }

    @Test
    void aNameBlindReviewHidesWhoTheCandidatesAreUntilTesting() throws Exception {
        view();
        hr.call(() -> competitions.reviewNameBlind(vacancy, true));
        testData.moveDeadlineToYesterday(vacancy);
        advance(null);
        assertRefusedWith("competition.wrongStage", () -> hr.call(() -> competitions.reviewNameBlind(vacancy, false)));

        assertTrue(view().identityHidden());
        assertTrue(view().candidates().stream().allMatch(candidate -> candidate.fullName() == null));
        assertTrue(hr.call(() -> candidateFiles.candidates(vacancy)).stream().allMatch(row -> row.fullName() == null));
        ApplicationView file = hr.call(() -> candidateFiles.file(firstApplication));
        assertNull(file.snapshot().profile().identity().surname());
        assertNull(file.snapshot().email());

        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication, secondApplication)));
        advance("15.12.2026 10:00, room 5");
        assertTrue(view().candidates().stream().allMatch(candidate -> candidate.fullName() != null), "visible from testing on");
        assertEquals("Осмонова", hr.call(() -> candidateFiles.file(firstApplication)).snapshot().profile().identity().surname());
    }

    @Test
    void goingBackNeedsAReasonIsToldToTheCandidatesAndIsRefusedOnceResultsAreIn() throws Exception {
        testData.moveDeadlineToYesterday(vacancy);
        advance(null);
        assertRefusedWith("competition.cannotGoBack", () -> hr.call(() -> competitions.stepBack(vacancy, version(), "why")));
        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication, secondApplication)));
        advance("15.12.2026 10:00, room 5");
        assertRefusedWith("selection.reasonRequired", () -> hr.call(() -> competitions.stepBack(vacancy, version(), " ")));

        CompetitionView back = hr.call(() -> competitions.stepBack(vacancy, version(), "The second candidate's diploma must be checked again"));

        assertEquals(CompetitionStage.DOCUMENT_REVIEW, back.stage());
        assertEquals(2L, back.competingAt().get(Stage.DOCUMENT_REVIEW), "both stand at review again, undecided");
        assertTrue(first.call(applying::mine).get(0).timeline().stream()
                .anyMatch(step -> step.kind() == ApplicationEvent.Kind.STAGE_REOPENED));
        hr.call(() -> competitions.admit(vacancy, Set.of(firstApplication, secondApplication)));
        advance("16.12.2026 10:00, room 5");
        hr.call(() -> {
            competitions.recordTestScore(firstApplication, candidateVersion(firstApplication), 40, "Paper test");
            return null;
        });
        assertRefusedWith("competition.resultsEntered", () -> hr.call(() -> competitions.stepBack(vacancy, version(), "again")));
    }

    @Test
    void documentsAreVerifiedOneByOneAndThePassScoreIsSetBeforeTesting() throws Exception {
        long other = testData.publishedVacancy(agency);
        ApplicantDocument diploma = first.call(() -> myDocuments.upload(
                DocumentKind.DIPLOMA, "diploma.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        long application = first.call(() -> applying.apply(other, Set.of(diploma.getId()), ALL)).id();
        hr.call(() -> competitions.view(other));
        long copy = hr.call(() -> candidateFiles.file(application)).documents().get(0).id();
        assertRefusedWith("competition.wrongStage", () -> hr.call(() -> {
            competitions.verifyDocument(application, copy, true, null);
            return null;
        }));
        hr.call(() -> competitions.setTestScores(other, testData.competitionVersion(other), 40, 80));
        assertRefusedWith("competition.scoresInvalid", () -> hr.call(
                () -> competitions.setTestScores(other, testData.competitionVersion(other), 90, 80)));
        testData.moveDeadlineToYesterday(other);
        hr.call(() -> competitions.advance(other, testData.competitionVersion(other), null));

        assertRefusedWith("selection.reasonRequired", () -> hr.call(() -> {
            competitions.verifyDocument(application, copy, false, " ");
            return null;
        }));
        hr.call(() -> {
            competitions.verifyDocument(application, copy, false, "The number differs from the original");
            return null;
        });

        ApplicationView.Document checked = hr.call(() -> candidateFiles.file(application)).documents().get(0);
        assertEquals(Boolean.FALSE, checked.verified());
        assertEquals("The number differs from the original", checked.verificationNote());
        CompetitionView review = hr.call(() -> competitions.view(other));
        assertEquals(1, review.candidates().get(0).documentsChecked());
        assertEquals(40, review.passScore());
        assertEquals(80, review.maxScore());
        hr.call(() -> competitions.admit(other, Set.of(application)));
        hr.call(() -> competitions.advance(other, testData.competitionVersion(other), "15.12.2026 10:00"));
        assertRefusedWith("competition.scoresFixed", () -> hr.call(
                () -> competitions.setTestScores(other, testData.competitionVersion(other), 30, 60)));
    }

    @Test
    void anotherAgencysOfficerCannotSeeOrRunTheCompetition() {
        assertRefusedWith("vacancy.notFound", () -> otherAgencysHr.call(() -> competitions.view(vacancy)));
        assertRefusedWith("vacancy.notFound", () -> otherAgencysHr.call(() -> competitions.admit(vacancy, Set.of(firstApplication))));
        assertRefusedWith("application.notFound", () -> otherAgencysHr.call(() -> {
            competitions.recordTestScore(firstApplication, 0, 50, "x");
            return null;
        }));
    }
}
