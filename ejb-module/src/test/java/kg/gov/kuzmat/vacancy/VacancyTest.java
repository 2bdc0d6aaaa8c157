package kg.gov.kuzmat.vacancy;

import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VacancyTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Clock NOON_TODAY = Clock.fixed(TODAY.atTime(12, 0).atZone(BISHKEK).toInstant(), BISHKEK);

    private static final Agency AGENCY = new Agency("minjust",
            new LocalizedName("Юстиция министрлиги", "Министерство юстиции", "Ministry of Justice"),
            AgencyType.STATE, Region.BISHKEK);

    private static Vacancy draftWithDeadline(LocalDate deadline) {
        return new Vacancy(AGENCY, SampleContent.withTitleAndDeadline("Главный специалист", deadline));
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(BISHKEK).toInstant().plusSeconds(60), BISHKEK);
    }

    @Test
    void aNewVacancyIsAnUnpublishedDraft() {
        Vacancy vacancy = draftWithDeadline(TODAY.plusDays(20));

        assertEquals(VacancyStatus.DRAFT, vacancy.getStatus());
        assertNull(vacancy.getPublishedOn());
        assertFalse(vacancy.isOpenForApplications(NOON_TODAY));
    }

    @Test
    void publishingDatesTheVacancyTodayAndOpensItForApplications() {
        Vacancy vacancy = draftWithDeadline(TODAY.plusDays(Vacancy.MINIMUM_PUBLICATION_DAYS));

        vacancy.publish(NOON_TODAY);

        assertEquals(VacancyStatus.PUBLISHED, vacancy.getStatus());
        assertEquals(TODAY, vacancy.getPublishedOn());
        assertTrue(vacancy.isOpenForApplications(NOON_TODAY));
    }

    @Test
    void aDeadlineInsideTheMinimumPublicationPeriodCannotBePublished() {
        Vacancy vacancy = draftWithDeadline(TODAY.plusDays(Vacancy.MINIMUM_PUBLICATION_DAYS - 1));

        assertRefusedWith("vacancy.publish.deadlineTooSoon", () -> vacancy.publish(NOON_TODAY));
        assertEquals(VacancyStatus.DRAFT, vacancy.getStatus());
    }

    @Test
    void onlyADraftCanBePublished() {
        Vacancy vacancy = draftWithDeadline(TODAY.plusDays(20));
        vacancy.publish(NOON_TODAY);

        assertRefusedWith("vacancy.publish.notDraft", () -> vacancy.publish(NOON_TODAY));
    }

    @Test
    void applicationsAreAcceptedThroughTheWholeDeadlineDayAndClosedTheDayAfter() {
        LocalDate deadline = TODAY.plusDays(15);
        Vacancy vacancy = draftWithDeadline(deadline);
        vacancy.publish(NOON_TODAY);
        Clock lastMinuteOfDeadline = Clock.fixed(deadline.plusDays(1).atStartOfDay(BISHKEK).toInstant().minusSeconds(60), BISHKEK);

        assertTrue(vacancy.isOpenForApplications(lastMinuteOfDeadline));
        vacancy.closeIfDeadlinePassed(lastMinuteOfDeadline);
        assertEquals(VacancyStatus.PUBLISHED, vacancy.getStatus());

        vacancy.closeIfDeadlinePassed(at(deadline.plusDays(1)));
        assertEquals(VacancyStatus.CLOSED, vacancy.getStatus());
        assertFalse(vacancy.isOpenForApplications(at(deadline.plusDays(1))));
    }

    @Test
    void theDeadlineIsJudgedInBishkekTimeNotUtc() {
        LocalDate deadline = TODAY.plusDays(15);
        Vacancy vacancy = draftWithDeadline(deadline);
        vacancy.publish(NOON_TODAY);
        // 20:00 UTC on the deadline is already 02:00 the next day in Bishkek.
        Clock evening = Clock.fixed(Instant.parse(deadline + "T20:00:00Z"), BISHKEK);

        assertFalse(vacancy.isOpenForApplications(evening));
    }

    @Test
    void aVacancyNeedsItsTextsAndASaneSalaryRange() {
        VacancyContent sample = SampleContent.withTitleAndDeadline("Специалист", TODAY.plusDays(20));

        assertRefusedWith("vacancy.field.required", () -> new Vacancy(AGENCY, SampleContent.withDuties(sample, "<p> </p>")));
        assertRefusedWith("vacancy.salary.minAboveMax", () -> new Vacancy(AGENCY, SampleContent.withSalary(sample, 40000, 30000)));
        assertThrows(IllegalArgumentException.class, () -> new SalaryRange(-1, 30000));
    }

    @Test
    void scriptsAndHandlersAreRemovedFromRichTextBeforeItIsStored() {
        VacancyContent sample = SampleContent.withTitleAndDeadline("Специалист", TODAY.plusDays(20));
        Vacancy vacancy = new Vacancy(AGENCY, SampleContent.withDuties(sample,
                "<p onclick=\"steal()\">Вести <b>реестр</b><script>alert(1)</script></p><img src=x onerror=alert(2)>"
                        + "<a href=\"javascript:alert(3)\">ссылка</a>"));

        assertEquals("<p>Вести <b>реестр</b></p>ссылка", vacancy.getDuties());
    }

    @Test
    void editingADraftLeavesNoRecordButEditingAPublishedVacancyRecordsEachChangedField() {
        VacancyContent sample = SampleContent.withTitleAndDeadline("Специалист", TODAY.plusDays(20));
        Vacancy vacancy = new Vacancy(AGENCY, sample);
        vacancy.revise(SampleContent.withSalary(sample, 31000, 37000), "hr@minjust.kg", NOON_TODAY.instant());
        assertTrue(vacancy.getChanges().isEmpty());

        vacancy.publish(NOON_TODAY);
        vacancy.revise(SampleContent.withSalary(sample, 31000, 40000), "hr@minjust.kg", NOON_TODAY.instant());

        assertEquals(1, vacancy.getChanges().size());
        VacancyChange change = vacancy.getChanges().get(0);
        assertEquals("salaryMax", change.getField());
        assertEquals("37000", change.getOldValue());
        assertEquals("40000", change.getNewValue());
        assertEquals("hr@minjust.kg", change.getChangedBy());
    }

    @Test
    void aPublishedDeadlineCanBeExtendedButNeverShortened() {
        VacancyContent sample = SampleContent.withTitleAndDeadline("Специалист", TODAY.plusDays(20));
        Vacancy vacancy = new Vacancy(AGENCY, sample);
        vacancy.publish(NOON_TODAY);

        assertRefusedWith("vacancy.edit.deadlineOnlyExtended", () -> vacancy.revise(
                SampleContent.withDeadline(sample, TODAY.plusDays(19)), "hr@minjust.kg", NOON_TODAY.instant()));
        vacancy.revise(SampleContent.withDeadline(sample, TODAY.plusDays(25)), "hr@minjust.kg", NOON_TODAY.instant());
        assertEquals(TODAY.plusDays(25), vacancy.getApplicationDeadline());
    }

    @Test
    void aCancelledVacancyKeepsItsPublicReasonAndCannotBeEditedAgain() {
        VacancyContent sample = SampleContent.withTitleAndDeadline("Специалист", TODAY.plusDays(20));
        Vacancy vacancy = new Vacancy(AGENCY, sample);
        assertRefusedWith("vacancy.cancel.notPublished", () -> vacancy.cancel("Сокращение штата", NOON_TODAY));
        vacancy.publish(NOON_TODAY);
        assertRefusedWith("vacancy.cancel.reasonRequired", () -> vacancy.cancel("  ", NOON_TODAY));

        vacancy.cancel("Должность сокращена приказом №12", NOON_TODAY);

        assertEquals(VacancyStatus.CANCELLED, vacancy.getStatus());
        assertEquals("Должность сокращена приказом №12", vacancy.getCancellationReason());
        assertEquals(TODAY, vacancy.getCancelledOn());
        assertRefusedWith("vacancy.edit.final", () -> vacancy.revise(sample, "hr@minjust.kg", NOON_TODAY.instant()));
    }

    @Test
    void theSearchIndexHoldsTheLowerCaseWordsOfTheTexts() {
        Vacancy vacancy = new Vacancy(AGENCY, SampleContent.withTitleAndDeadline("Башкы адис", TODAY.plusDays(20)));

        assertTrue(vacancy.getSearchTerms().containsAll(List.of("башкы", "адис", "экспертиза", "талас")));
    }
}
