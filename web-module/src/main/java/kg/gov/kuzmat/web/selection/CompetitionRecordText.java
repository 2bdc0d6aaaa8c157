package kg.gov.kuzmat.web.selection;

import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.i18n.RecordedTexts;

/** A line of a competition's record in the reader's language, for the pipeline page and the protocol alike. */
final class CompetitionRecordText {

    private CompetitionRecordText() {
    }

    /** "who: what", the details that are codes worded, those an officer typed kept as typed. */
    static String describe(CompetitionView.Entry entry, LocalizedText text) {
        return entry.actor() + ": " + RecordedTexts.word(entry.what(), text);
    }
}
