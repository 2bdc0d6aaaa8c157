package kg.gov.kuzmat.web.selection;

import kg.gov.kuzmat.selection.CompetitionStep;
import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.web.i18n.LocalizedText;

/** A line of a competition's record in the reader's language, for the pipeline page and the protocol alike. */
final class CompetitionRecordText {

    private CompetitionRecordText() {
    }

    /** "who: what", the details that are codes worded, those an officer typed kept as typed. */
    static String describe(CompetitionView.Entry entry, LocalizedText text) {
        String what = CompetitionStep.read(entry.what())
                .map(step -> text.format("competitionRecord." + step.kind().name(), step.details().stream()
                        .map(detail -> detail.code() ? text.text(detail.text()) : detail.text()).toArray()))
                .orElse(entry.what());
        return entry.actor() + ": " + what;
    }
}
