package kg.gov.kuzmat.selection;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompetitionStepTest {

    @Test
    void aStepIsReadBackWithItsCodesAndTextsAsWritten() {
        String line = CompetitionStep.write(CompetitionStep.Kind.STEP_BACK, CompetitionStep.code("competitionStage.", CompetitionStage.TESTING),
                CompetitionStep.code("competitionStage.", CompetitionStage.DOCUMENT_REVIEW), CompetitionStep.text("#wrong room = 5"));

        CompetitionStep step = CompetitionStep.read(line).orElseThrow();

        assertEquals(CompetitionStep.Kind.STEP_BACK, step.kind());
        assertEquals(List.of(new CompetitionStep.Detail("competitionStage.TESTING", true),
                new CompetitionStep.Detail("competitionStage.DOCUMENT_REVIEW", true),
                new CompetitionStep.Detail("#wrong room = 5", false)), step.details());
    }

    @Test
    void aLineOfFreeTextFromBeforeIsNoStep() {
        assertEquals(Optional.empty(), CompetitionStep.read("stage DOCUMENT_ACCEPTANCE -> DOCUMENT_REVIEW"));
    }
}
