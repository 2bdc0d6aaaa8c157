package kg.gov.kuzmat.web.selection;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.selection.CompetitionStage;
import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.selection.Outcome;
import kg.gov.kuzmat.selection.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The competition protocol as the officer downloads it. */
class CompetitionProtocolPdfTest {

    @Test
    void duringANameBlindReviewTheProtocolNamesNobodyAndSaysTheNamesAreHidden() throws IOException {
        CompetitionView.Candidate hidden = new CompetitionView.Candidate(1, 0, "KZ-2026-0000001", null, Stage.DOCUMENT_REVIEW,
                Outcome.IN_PROGRESS, null, null, null, 1, 0);
        CompetitionView review = new CompetitionView(7, 0, "Adviser", new LocalizedName("Юстиция министрлиги", "Министерство юстиции",
                "Ministry of Justice"), CompetitionStage.DOCUMENT_REVIEW, 30, 60, null, null, null,
                true, true, Map.of(Stage.DOCUMENT_REVIEW, 1L), List.of(hidden), List.of(new CompetitionView.Entry(Instant.EPOCH,
                "hr@demo.kg", RecordedText.write("competitionRecord.STAGE", RecordedText.code("competitionStage.DOCUMENT_ACCEPTANCE"),
                RecordedText.code("competitionStage.DOCUMENT_REVIEW")))));

        byte[] pdf = CompetitionProtocolPdf.render(review, Locale.ENGLISH, Instant.parse("2026-12-01T06:00:00Z"));

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("KZ-2026-0000001"), text);
        assertTrue(text.contains("(hidden until testing)"), text);
        assertTrue(text.contains("Ministry of Justice"), "the agency is named: " + text);
        assertTrue(text.contains("hr@demo.kg: stage changed: Accepting documents → Document review"), text);
        assertFalse(text.contains("DOCUMENT_"), "no code in the protocol: " + text);
        assertTrue(text.contains("Chair of the commission"), "the commission signs it: " + text);
    }
}
