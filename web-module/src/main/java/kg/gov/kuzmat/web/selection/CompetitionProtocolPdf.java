package kg.gov.kuzmat.web.selection;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import kg.gov.kuzmat.selection.CompetitionStage;
import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.selection.Outcome;
import kg.gov.kuzmat.web.faces.Dates;
import kg.gov.kuzmat.web.faces.PdfFonts;
import kg.gov.kuzmat.web.i18n.LocalizedText;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The protocol of a competition: every candidate's path through the stages with their results and
 * the reasons recorded, the decision, and the record of who did what and when. Before the decision it
 * is marked as an interim protocol.
 */
final class CompetitionProtocolPdf {

    private CompetitionProtocolPdf() {
    }

    /** Why a candidate left the competition: the officer's reason, or the pass score the test missed. */
    private static String reasonOf(CompetitionView.Candidate candidate, LocalizedText text) {
        if (candidate.reason() == null && candidate.outcome() == Outcome.NOT_ADMITTED) {
            return text.text("competition.belowPassScore");
        }
        return Objects.toString(candidate.reason(), "");
    }

    static byte[] render(CompetitionView competition, Locale locale, Instant now) {
        LocalizedText text = new LocalizedText(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            boolean decided = competition.stage() == CompetitionStage.DECIDED;
            document.add(new Paragraph(text.text(decided ? "protocol.title" : "protocol.interimTitle"), PdfFonts.bold(15)));
            document.add(new Paragraph(competition.agencyName().in(locale), PdfFonts.bold(12)));
            document.add(new Paragraph(competition.vacancyTitle(), PdfFonts.bold(12)));
            document.add(new Paragraph(text.text("competition.stage") + ": "
                    + text.text("competitionStage." + competition.stage())
                    + (decided ? ", " + Dates.format(competition.decidedAt()) : ""), PdfFonts.regular(10)));
            document.add(new Paragraph(text.text("competition.passScore") + ": " + competition.passScore() + " / "
                    + competition.maxScore(), PdfFonts.regular(10)));
            document.add(new Paragraph(text.text("competition.testingInvitation") + ": "
                    + Objects.toString(competition.testingInvitation(), "—") + "; " + text.text("competition.interviewInvitation")
                    + ": " + Objects.toString(competition.interviewInvitation(), "—"), PdfFonts.regular(10)));

            PdfPTable candidates = new PdfPTable(new float[]{2, 4, 2.5f, 3, 4, 1.2f, 1.5f});
            candidates.setWidthPercentage(100);
            candidates.setSpacingBefore(10);
            for (String header : List.of("applications.number", "candidates.name", "applications.stage", "competition.outcome",
                    "competition.reason", "competition.testScore", "competition.interviewScore")) {
                candidates.addCell(new Phrase(text.text(header), PdfFonts.bold(9)));
            }
            for (CompetitionView.Candidate candidate : competition.candidates()) {
                String name = candidate.fullName() == null ? text.text("competition.nameHidden") : candidate.fullName();
                for (String cell : List.of(candidate.registrationNumber(), name,
                        text.text("stage." + candidate.stage()), text.text("outcome." + candidate.outcome()),
                        reasonOf(candidate, text), Objects.toString(candidate.testScore(), ""),
                        Objects.toString(candidate.interviewScore(), ""))) {
                    candidates.addCell(new Phrase(cell, PdfFonts.regular(9)));
                }
            }
            document.add(candidates);

            Paragraph recordTitle = new Paragraph(text.text("competition.record"), PdfFonts.bold(12));
            recordTitle.setSpacingBefore(12);
            document.add(recordTitle);
            for (CompetitionView.Entry entry : competition.record()) {
                document.add(new Paragraph(Dates.format(entry.at()) + "  " + CompetitionRecordText.describe(entry, text),
                        PdfFonts.regular(8)));
            }
            Paragraph signatures = new Paragraph(text.text("protocol.signatures"), PdfFonts.bold(10));
            signatures.setSpacingBefore(16);
            document.add(signatures);
            for (String signer : List.of("protocol.chair", "protocol.member", "protocol.member", "protocol.secretary")) {
                Paragraph line = new Paragraph(text.text(signer) + "  ______________________  /  ______________________",
                        PdfFonts.regular(10));
                line.setSpacingBefore(10);
                document.add(line);
            }
            Paragraph generated = new Paragraph(text.format("protocol.generated", Dates.format(now)), PdfFonts.regular(8));
            generated.setSpacingBefore(12);
            document.add(generated);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The protocol could not be written", e);
        }
        return out.toByteArray();
    }
}
