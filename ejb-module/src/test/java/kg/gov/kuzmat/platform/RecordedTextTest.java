package kg.gov.kuzmat.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordedTextTest {

    @Test
    void aLineIsReadBackWithItsCodesAndTextsAsWritten() {
        String line = RecordedText.write("competitionRecord.STEP_BACK", RecordedText.code("competitionStage.TESTING"),
                RecordedText.code("competitionStage.DOCUMENT_REVIEW"), RecordedText.text("#wrong room = 5"));

        RecordedText read = RecordedText.read(line).orElseThrow();

        assertEquals("competitionRecord.STEP_BACK", read.key());
        assertEquals(List.of(new RecordedText.Detail("competitionStage.TESTING", true),
                new RecordedText.Detail("competitionStage.DOCUMENT_REVIEW", true),
                new RecordedText.Detail("#wrong room = 5", false)), read.details());
        assertEquals(List.of(), RecordedText.read(RecordedText.write("auditDetail.profileSaved")).orElseThrow().details());
    }

    @Test
    void aLineOfFreeTextFromBeforeIsNotRead() {
        assertEquals(Optional.empty(), RecordedText.read("stage DOCUMENT_ACCEPTANCE -> DOCUMENT_REVIEW"));
        assertEquals(Optional.empty(), RecordedText.read("profile saved"));
        assertEquals(Optional.empty(), RecordedText.read(null));
    }
}
