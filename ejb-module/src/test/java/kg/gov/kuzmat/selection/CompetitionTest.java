package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.vacancy.SampleContent;
import kg.gov.kuzmat.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The competition's procedure: its stages in order, what each allows, going back, and name-blind review. */
class CompetitionTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 2);
    private static final LocalDate DEADLINE = PUBLISHED.plusDays(Vacancy.MINIMUM_PUBLICATION_DAYS);

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(BISHKEK).toInstant(), BISHKEK);
    }

    private static Competition competition() {
        Vacancy vacancy = new Vacancy(new Agency("minjust", new LocalizedName("Юстиция министрлиги", "Министерство юстиции",
                "Ministry of Justice"), AgencyType.STATE, Region.BISHKEK), SampleContent.withTitleAndDeadline("Адис", DEADLINE));
        vacancy.publish(on(PUBLISHED));
        return new Competition(vacancy);
    }

    private static final Clock AFTER_DEADLINE = on(DEADLINE.plusDays(1));

    @Test
    void documentsAreReviewedOnlyOnceApplicationsAreNoLongerAccepted() {
        Competition competition = competition();
        assertEquals(CompetitionStage.DOCUMENT_ACCEPTANCE, competition.getStage());

        assertRefusedWith("competition.stillAccepting", () -> competition.advance(on(DEADLINE), null));
        competition.advance(AFTER_DEADLINE, null);

        assertEquals(CompetitionStage.DOCUMENT_REVIEW, competition.getStage());
    }

    @Test
    void testingAndInterviewOpenOnlyWithAnInvitationAndTheInterviewEndsInADecision() {
        Competition competition = competition();
        competition.advance(AFTER_DEADLINE, null);

        assertRefusedWith("competition.invitationRequired", () -> competition.advance(AFTER_DEADLINE, " "));
        competition.advance(AFTER_DEADLINE, " 15.12.2026 10:00, room 5 ");
        assertEquals("15.12.2026 10:00, room 5", competition.getTestingInvitation());
        competition.advance(AFTER_DEADLINE, "20.12.2026 11:00");
        assertEquals(CompetitionStage.INTERVIEW, competition.getStage());
        assertRefusedWith("competition.decideInstead", () -> competition.advance(AFTER_DEADLINE, "again"));

        competition.decide(Instant.parse("2026-12-21T06:00:00Z"));
        assertEquals(CompetitionStage.DECIDED, competition.getStage());
        assertRefusedWith("competition.decided", () -> competition.advance(AFTER_DEADLINE, "again"));
        assertRefusedWith("competition.decided", competition::stepBack);
    }

    @Test
    void goingBackReturnsToThePreviousStageAndForgetsItsInvitationButNeverBeforeTheReview() {
        Competition competition = competition();
        competition.advance(AFTER_DEADLINE, null);
        assertRefusedWith("competition.cannotGoBack", competition::stepBack);
        competition.advance(AFTER_DEADLINE, "wrong room");

        assertEquals(CompetitionStage.TESTING, competition.stepBack());

        assertEquals(CompetitionStage.DOCUMENT_REVIEW, competition.getStage());
        assertNull(competition.getTestingInvitation(), "the next invitation is written anew");
    }

    @Test
    void thePassScoreIsSetBeforeTestingWithinItsMaximum() {
        Competition competition = competition();
        competition.setScores(40, 50);
        assertEquals(40, competition.getPassScore());
        assertRefusedWith("competition.scoresInvalid", () -> competition.setScores(51, 50));
        assertRefusedWith("competition.scoresInvalid", () -> competition.setScores(0, 50));
        competition.advance(AFTER_DEADLINE, null);
        competition.advance(AFTER_DEADLINE, "room 5");

        assertRefusedWith("competition.scoresFixed", () -> competition.setScores(30, 60));
    }

    @Test
    void nameBlindReviewIsChosenDuringAcceptanceAndHidesThePersonUntilTesting() {
        Competition competition = competition();
        competition.reviewNameBlind(true);
        assertTrue(competition.hidesIdentity());
        competition.advance(AFTER_DEADLINE, null);
        assertTrue(competition.hidesIdentity(), "hidden through the review");
        assertRefusedWith("competition.wrongStage", () -> competition.reviewNameBlind(false));

        competition.advance(AFTER_DEADLINE, "room 5");

        assertFalse(competition.hidesIdentity(), "names are known from testing on");
    }
}
