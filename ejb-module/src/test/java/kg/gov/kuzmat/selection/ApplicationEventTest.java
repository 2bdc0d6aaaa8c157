package kg.gov.kuzmat.selection;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which results a candidate may appeal against. */
class ApplicationEventTest {

    private static ApplicationEvent event(ApplicationEvent.Kind kind, String detail) {
        return new ApplicationEvent(null, Instant.EPOCH, kind, detail, "officer@kuzmat.test");
    }

    @Test
    void aLosingDecisionAScoreOrARefusalMayBeAppealed() {
        assertTrue(event(ApplicationEvent.Kind.DECIDED, Outcome.NOT_SELECTED.name()).isAppealableResult());
        assertTrue(event(ApplicationEvent.Kind.DECIDED, Outcome.RESERVE.name()).isAppealableResult());
        assertTrue(event(ApplicationEvent.Kind.NOT_ADMITTED, "no diploma").isAppealableResult());
        assertTrue(event(ApplicationEvent.Kind.TEST_SCORED, "20/60/30").isAppealableResult());
    }

    @Test
    void winningTheCompetitionOrAStepWithoutAResultIsNotAppealable() {
        assertFalse(event(ApplicationEvent.Kind.DECIDED, Outcome.WINNER.name()).isAppealableResult());
        assertFalse(event(ApplicationEvent.Kind.SUBMITTED, null).isAppealableResult());
        assertFalse(event(ApplicationEvent.Kind.ADMITTED, "TESTING").isAppealableResult());
    }
}
