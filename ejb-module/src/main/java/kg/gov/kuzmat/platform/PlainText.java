package kg.gov.kuzmat.platform;

import java.util.regex.Pattern;

/**
 * Text a person typed, as the portal keeps it: without the invisible characters that would make a name
 * read differently from what it is (bidirectional overrides and isolates, zero-width spaces and joiners,
 * byte order marks: Unicode's "format" characters), with runs of white space as one space, stripped.
 */
public final class PlainText {

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** The text as kept, or null for nothing (null, blank, or only invisible characters). */
    public static String of(String typed) {
        if (typed == null) {
            return null;
        }
        String visible = SPACES.matcher(INVISIBLE.matcher(typed).replaceAll("")).replaceAll(" ").strip();
        return visible.isEmpty() ? null : visible;
    }
}
