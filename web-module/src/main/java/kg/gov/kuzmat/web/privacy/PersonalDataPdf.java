package kg.gov.kuzmat.web.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import kg.gov.kuzmat.applicant.Education;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.LanguageSkill;
import kg.gov.kuzmat.applicant.ServiceLength;
import kg.gov.kuzmat.applicant.WorkPeriod;
import kg.gov.kuzmat.privacy.PersonalDataReport;
import kg.gov.kuzmat.web.faces.Dates;
import kg.gov.kuzmat.web.faces.PdfFonts;
import kg.gov.kuzmat.web.i18n.LocalizedText;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The readable copy of a person's data: the same content as the JSON export, laid out as tables in their language. */
final class PersonalDataPdf {

    private final LocalizedText text;
    private final Font body;
    private final Font bold;
    private final Font heading;
    private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);

    private PersonalDataPdf(Locale locale) {
        this.text = new LocalizedText(locale);
        this.body = PdfFonts.regular(9);
        this.bold = PdfFonts.bold(9);
        this.heading = PdfFonts.bold(12);
    }

    static byte[] render(PersonalDataReport report, Locale locale) {
        return new PersonalDataPdf(locale).write(report);
    }

    private byte[] write(PersonalDataReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text.text("myData.title"), PdfFonts.bold(16)));
            document.add(new Paragraph(text.format("myData.generatedAt", Dates.format(report.generatedAt())), body));

            section("myData.account");
            PersonalDataReport.Account account = report.account();
            form(List.of(
                    text.text("registrationField.email"), account.email(),
                    text.text("myData.createdAt"), Dates.format(account.createdAt()),
                    text.text("myData.emailConfirmedAt"), Dates.format(account.emailConfirmedAt()),
                    text.text("myData.language"), text.text("language." + account.preferredLanguage())));

            section("profile.identity");
            Identity identity = report.profile().identity();
            form(List.of(
                    text.text("registrationField.surname"), identity.surname(),
                    text.text("registrationField.givenName"), identity.givenName(),
                    text.text("registrationField.patronymic"), Objects.toString(identity.patronymic(), ""),
                    text.text("registrationField.personalNumber"), identity.personalNumber(),
                    text.text("registrationField.birthDate"), Dates.format(identity.birthDate()),
                    text.text("registrationField.phone"), identity.phone(),
                    text.text("profileField.classRank"), Objects.toString(report.profile().classRank(), "")));

            section("profile.education");
            table(5, header("profileField.institution", "profileField.specialty", "profileField.level", "profileField.yearFrom",
                    "profileField.yearTo"), report.profile().education().stream().flatMap((Education e) -> List.of(
                    e.getInstitution(), e.getSpecialty(), text.text("educationLevel." + e.getLevel()),
                    Objects.toString(e.getYearFrom(), ""), Objects.toString(e.getYearTo(), "")).stream()).toList());

            section("profile.experience");
            document.add(new Paragraph(serviceLength("profile.totalService", report.totalService()), body));
            document.add(new Paragraph(serviceLength("profile.civilService", report.civilService()), body));
            table(5, header("profileField.employer", "profileField.jobTitle", "profileField.startedOn", "profileField.endedOn",
                    "profileField.civilService"), report.profile().experience().stream().flatMap((WorkPeriod w) -> List.of(
                    w.getEmployer(), w.getJobTitle(), Dates.format(w.getStartedOn()), Dates.format(w.getEndedOn()),
                    text.text(w.isCivilService() ? "myData.yes" : "myData.no")).stream()).toList());

            section("profile.languages");
            table(2, header("profileField.language", "profileField.languageLevel"), report.profile().languages().stream()
                    .flatMap((LanguageSkill l) -> List.of(l.getLanguage(), l.getLevel().name()).stream()).toList());

            section("documents.title");
            table(4, header("documents.kind", "myData.fileName", "myData.size", "myData.uploadedAt"), report.documents().stream()
                    .flatMap(d -> List.of(text.text("documentKind." + d.kind()), d.fileName(), d.sizeBytes() + " B",
                            Dates.format(d.uploadedAt())).stream()).toList());

            section("savedSearches.title");
            table(2, header("savedSearches.name", "savedSearches.alerts"), report.savedSearches().stream()
                    .flatMap(saved -> List.of(saved.name(), text.text(saved.alerts() ? "myData.yes" : "myData.no")).stream())
                    .toList());

            section("applications.title");
            table(4, header("applications.number", "myData.vacancy", "applications.stage", "competition.outcome"),
                    report.applications().stream().flatMap(a -> List.of(a.registrationNumber(), a.vacancyTitle(),
                            text.text("stage." + a.stage()), text.text("outcome." + a.outcome())).stream()).toList());

            section("myData.consents");
            table(5, header("myData.policyVersion", "myData.acceptedAt", "myData.ipAddress", "myData.userAgent",
                    "myData.withdrawnAt"), report.consents().stream().flatMap(c -> List.of(
                    text.format("privacy.versionLine", c.policyVersion(), Dates.format(c.policyLastUpdated())),
                    Dates.format(c.acceptedAt()), Objects.toString(c.ipAddress(), ""), Objects.toString(c.userAgent(), ""),
                    Dates.format(c.withdrawnAt())).stream()).toList());

            section("myData.accesses");
            if (report.accesses().isEmpty()) {
                document.add(new Paragraph(text.text("myData.noAccesses"), body));
            }
            table(3, header("myData.accessKind", "myData.accessAt", "myData.accessWho"), report.accesses().stream()
                    .flatMap(a -> List.of(text.text("myData.access." + a.kind()), Dates.format(a.at()),
                            a.agency() != null ? a.agency() : a.stateBody() + ", " + a.letterNumber() + " "
                                    + Dates.format(a.letterDate()) + ", " + a.legalBasis() + ": " + a.dataGiven()).stream())
                    .toList());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The personal data PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private String serviceLength(String key, ServiceLength length) {
        return text.format(key, length.years(), length.months(), length.days());
    }

    private List<String> header(String... keys) {
        return Arrays.stream(keys).map(text::text).toList();
    }

    private void section(String key) throws DocumentException {
        Paragraph title = new Paragraph(text.text(key), heading);
        title.setSpacingBefore(12);
        title.setSpacingAfter(4);
        document.add(title);
    }

    /** A table whose first row is the header; a dash when there are no rows. */
    private void table(int columns, List<String> header, List<String> cells) throws DocumentException {
        if (cells.isEmpty()) {
            document.add(new Paragraph("—", body));
            return;
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        header.forEach(cell -> table.addCell(new Phrase(cell, bold)));
        cells.forEach(cell -> table.addCell(new Phrase(cell == null ? "" : cell, body)));
        document.add(table);
    }

    /** Two columns: a label and its value on each row. */
    private void form(List<String> labelsAndValues) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.size(); i += 2) {
            table.addCell(new Phrase(labelsAndValues.get(i), bold));
            table.addCell(new Phrase(labelsAndValues.get(i + 1) == null ? "" : labelsAndValues.get(i + 1), body));
        }
        document.add(table);
    }
}
