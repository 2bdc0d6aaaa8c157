package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.vacancy.SampleContent;
import kg.gov.kuzmat.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A candidate's path through the competition, as the application itself allows it. */
class ApplicationTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 2);
    private static final LocalDate DEADLINE = PUBLISHED.plusDays(Vacancy.MINIMUM_PUBLICATION_DAYS);
    private static final Clock BEFORE_DEADLINE = on(DEADLINE.minusDays(1));
    private static final Clock AFTER_DEADLINE = on(DEADLINE.plusDays(1));
    private static final ApplicationConfirmations ALL = new ApplicationConfirmations(true, true, true);

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(BISHKEK).toInstant(), BISHKEK);
    }

    private final Competition competition;
    private final Application application;

    ApplicationTest() {
        Vacancy vacancy = new Vacancy(new Agency("minjust", new LocalizedName("Юстиция министрлиги", "Министерство юстиции",
                "Ministry of Justice"), AgencyType.STATE, Region.BISHKEK), SampleContent.withTitleAndDeadline("Адис", DEADLINE));
        vacancy.publish(on(PUBLISHED));
        competition = new Competition(vacancy);
        application = new Application(vacancy, null, ALL, "{}", BEFORE_DEADLINE.instant());
    }

    @Test
    void anApplicationNeedsAllThreeConfirmations() {
        assertRefusedWith("application.confirmationsRequired", () -> new Application(competition.getVacancy(), null,
                new ApplicationConfirmations(true, false, true), "{}", Instant.EPOCH));
        assertEquals(Stage.DOCUMENT_ACCEPTANCE, application.getStage());
        assertEquals(Outcome.IN_PROGRESS, application.getOutcome());
    }

    @Test
    void itIsWithdrawnOnlyWhileDocumentsAreAcceptedAndBeforeTheDeadline() {
        assertRefusedWith("application.deadlinePassed", () -> application.withdraw(AFTER_DEADLINE));
        application.withdraw(BEFORE_DEADLINE);
        assertEquals(Stage.WITHDRAWN, application.getStage());
        assertRefusedWith("application.notWithdrawable", () -> application.withdraw(BEFORE_DEADLINE));
    }

    @Test
    void notAdmittingNeedsAReasonAndAnUpheldAppealReinstatesTheCandidate() {
        application.toReview();
        assertRefusedWith("selection.reasonRequired", () -> application.notAdmit(CompetitionStage.DOCUMENT_REVIEW, " "));
        application.notAdmit(CompetitionStage.DOCUMENT_REVIEW, " no diploma ");
        assertEquals(Outcome.NOT_ADMITTED, application.getOutcome());
        assertEquals("no diploma", application.getOutcomeReason());
        assertFalse(application.isCompetingAt(CompetitionStage.DOCUMENT_REVIEW));

        application.reinstate(CompetitionStage.DOCUMENT_REVIEW);

        assertTrue(application.isCompetingAt(CompetitionStage.DOCUMENT_REVIEW));
        assertNull(application.getOutcomeReason());
    }

    @Test
    void aTestScoreIsWithinTheMaximumWithAReasonAndDecidesThePassAgainstThePassScore() {
        application.toReview();
        application.admit(CompetitionStage.DOCUMENT_REVIEW);
        assertEquals(Stage.TESTING, application.getStage());
        assertRefusedWith("selection.scoreOutOfRange", () -> application.scoreTest(competition, 61, "paper test"));
        assertRefusedWith("selection.reasonRequired", () -> application.scoreTest(competition, 20, ""));

        application.scoreTest(competition, 29, "paper test");
        assertFalse(application.passedTest(competition), "the default pass score is 30");
        application.scoreTest(competition, 30, "paper test, checked again");
        assertTrue(application.passedTest(competition));
    }

    @Test
    void theInterviewScoreIsTheCommissionsAverageAndTheDecisionComesAfterIt() {
        application.toReview();
        application.admit(CompetitionStage.DOCUMENT_REVIEW);
        assertRefusedWith("selection.notAtThisStage", () -> application.decide(Outcome.WINNER));
        application.admit(CompetitionStage.TESTING);
        assertRefusedWith("selection.interviewScoreInvalid",
                () -> application.scoreInterview(List.of(new InterviewScore("Asanov", InterviewScore.MAX + 1))));

        application.scoreInterview(List.of(new InterviewScore("Asanov", 8), new InterviewScore("Toktogulova", 9)));
        assertEquals(new BigDecimal("8.50"), application.getInterviewScore());
        application.decide(Outcome.RESERVE);

        assertEquals(Outcome.RESERVE, application.getOutcome());
    }

    @Test
    void goingBackFromTestingReturnsThoseWhoReachedItToTheReview() {
        application.toReview();
        application.admit(CompetitionStage.DOCUMENT_REVIEW);

        application.backTo(CompetitionStage.DOCUMENT_REVIEW);

        assertEquals(Stage.DOCUMENT_REVIEW, application.getStage());
        assertTrue(application.isCompetingAt(CompetitionStage.DOCUMENT_REVIEW));
    }
}
