package kg.gov.kuzmat.exam;

import java.io.Serializable;

/** A question in one language as typed or imported: the question and its options A to D, not yet checked. */
public record WordingDraft(String text, String a, String b, String c, String d) implements Serializable {

    static WordingDraft of(Wording wording) {
        return new WordingDraft(wording.getText(), wording.option(1), wording.option(2), wording.option(3), wording.option(4));
    }

    Wording checked() {
        return new Wording(text, a, b, c, d);
    }
}
