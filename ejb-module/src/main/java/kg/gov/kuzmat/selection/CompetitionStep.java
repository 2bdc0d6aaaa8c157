package kg.gov.kuzmat.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of a competition's record, kept as data (what happened, and its details) so that every reader
 * reads it in their own language: a detail is either a text typed by an officer, kept as typed, or a code
 * the reader's language words (a stage, a decision). Lines written before the record was kept this way
 * are plain English text, and {@link #read} answers nothing for them.
 */
public record CompetitionStep(Kind kind, List<Detail> details) {

    public enum Kind {
        STAGE, STAGE_INVITED, STEP_BACK, ADMITTED, NOT_ADMITTED, DOCUMENT_MATCHES, DOCUMENT_DIFFERS, TEST_SCORE,
        COMPUTER_TEST_SCORE, COMPUTER_TEST_LATE, INTERVIEW, DECISION, RECORDING, PASS_SCORE, NAME_BLIND_ON,
        NAME_BLIND_OFF, APPEAL_DECIDED
    }

    /** A detail: a message key to word in the reader's language, or a text to show as it is. */
    public record Detail(String text, boolean code) {
    }

    private static final String SEPARATOR = "\u001F";
    private static final String CODE = "#";
    private static final String TEXT = "=";

    /** A code the reader's language words, e.g. {@code code("competitionStage.", stage)}. */
    static Detail code(String keyPrefix, Enum<?> value) {
        return new Detail(keyPrefix + value.name(), true);
    }

    static Detail text(Object value) {
        return new Detail(String.valueOf(value), false);
    }

    static String write(Kind kind, Detail... details) {
        StringBuilder line = new StringBuilder(kind.name());
        for (Detail detail : details) {
            line.append(SEPARATOR).append(detail.code() ? CODE : TEXT).append(detail.text().replace(SEPARATOR, " "));
        }
        return line.toString();
    }

    /** The step a line of the record holds, or nothing for a line of free text. */
    public static Optional<CompetitionStep> read(String line) {
        String[] parts = line.split(SEPARATOR, -1);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(parts[0])).findFirst().orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        List<Detail> details = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            details.add(new Detail(parts[i].substring(1), parts[i].startsWith(CODE)));
        }
        return Optional.of(new CompetitionStep(kind, List.copyOf(details)));
    }
}
