package kg.gov.kuzmat.web.i18n;

import kg.gov.kuzmat.platform.RecordedText;

/** A line kept as {@link RecordedText} in the reader's language; a line of free text from before as it is. */
public final class RecordedTexts {

    private RecordedTexts() {
    }

    public static String word(String line, LocalizedText text) {
        return RecordedText.read(line)
                .map(recorded -> recorded.details().isEmpty() ? text.text(recorded.key()) : text.format(recorded.key(),
                        recorded.details().stream().map(detail -> detail.code() ? text.text(detail.text()) : detail.text()).toArray()))
                .orElse(line);
    }
}
