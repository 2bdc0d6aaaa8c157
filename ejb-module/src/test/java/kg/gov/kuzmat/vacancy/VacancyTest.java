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
        return new Vacancy(AGENCY, "Главный специалист", "Обязанности", "Требования", PositionGroup.SENIOR,
                new SalaryRange(30000, 36000), Region.BISHKEK, deadline);
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
        assertThrows(IllegalArgumentException.class, () -> new Vacancy(AGENCY, " ", "Обязанности", "Требования",
                PositionGroup.SENIOR, new SalaryRange(1, 2), Region.BISHKEK, TODAY));
        assertThrows(IllegalArgumentException.class, () -> new SalaryRange(40000, 30000));
        assertThrows(IllegalArgumentException.class, () -> new SalaryRange(-1, 30000));
    }
}
