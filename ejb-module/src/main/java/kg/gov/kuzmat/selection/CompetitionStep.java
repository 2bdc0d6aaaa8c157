package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.platform.RecordedText;

/**
 * What a line of a competition's record says, worded in each reader's language when read
 * (message keys {@code competitionRecord.<KIND>}).
 */
final class CompetitionStep {

    enum Kind {
        STAGE, STAGE_INVITED, STEP_BACK, ADMITTED, NOT_ADMITTED, DOCUMENT_MATCHES, DOCUMENT_DIFFERS, TEST_SCORE,
        COMPUTER_TEST_SCORE, COMPUTER_TEST_LATE, INTERVIEW, DECISION, RECORDING, PASS_SCORE, NAME_BLIND_ON,
        NAME_BLIND_OFF, APPEAL_DECIDED
    }

    private CompetitionStep() {
    }

    static String write(Kind kind, RecordedText.Detail... details) {
        return RecordedText.write("competitionRecord." + kind.name(), details);
    }

    /** A code the reader's language words, e.g. {@code code("competitionStage.", stage)}. */
    static RecordedText.Detail code(String keyPrefix, Enum<?> value) {
        return RecordedText.code(keyPrefix + value.name());
    }

    static RecordedText.Detail text(Object value) {
        return RecordedText.text(value);
    }
}
