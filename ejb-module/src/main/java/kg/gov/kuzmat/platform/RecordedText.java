package kg.gov.kuzmat.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line people read later (the access audit, a competition's record), kept as data so that each reader
 * reads it in their own language: a message key and its details, each either a text kept as typed (a
 * reason an officer wrote, a number) or a code the reader's language words (a stage, a decision). Lines
 * written before this way of keeping them are plain English text; {@link #read} answers nothing for them.
 */
public record RecordedText(String key, List<Detail> details) {

    /** A detail: a message key to word in the reader's language, or a text to show as it is. */
    public record Detail(String text, boolean code) {
    }

    private static final String START = "\u001E";
    private static final String SEPARATOR = "\u001F";
    private static final String CODE = "#";
    private static final String TEXT = "=";

    /** A code the reader's language words: the message key, e.g. {@code competitionStage.TESTING}. */
    public static Detail code(String key) {
        return new Detail(key, true);
    }

    /** A text shown as it is: what an officer typed, a number, a code of the portal's own (an agency's). */
    public static Detail text(Object value) {
        return new Detail(String.valueOf(value), false);
    }

    public static String write(String key, Detail... details) {
        StringBuilder line = new StringBuilder(START).append(key);
        for (Detail detail : details) {
            line.append(SEPARATOR).append(detail.code() ? CODE : TEXT)
                    .append(detail.text().replace(SEPARATOR, " ").replace(START, " "));
        }
        return line.toString();
    }

    /** The text a line holds, or nothing for a line of free text written before. */
    public static Optional<RecordedText> read(String line) {
        if (line == null || !line.startsWith(START)) {
            return Optional.empty();
        }
        String[] parts = line.substring(START.length()).split(SEPARATOR, -1);
        List<Detail> details = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            details.add(new Detail(parts[i].substring(1), parts[i].startsWith(CODE)));
        }
        return Optional.of(new RecordedText(parts[0], List.copyOf(details)));
    }
}
