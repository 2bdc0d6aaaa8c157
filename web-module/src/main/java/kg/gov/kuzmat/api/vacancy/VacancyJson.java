package kg.gov.kuzmat.api.vacancy;

import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vacancy as the open-data API publishes it: everything the public page shows. */
public record VacancyJson(long id, String title, String agencyCode, String structuralUnit, String positionGroup,
                          String competitionType, String status, String dutiesHtml, String educationLevel,
                          int minServiceYears, int minExperienceYears, String stateLanguageLevel,
                          String officialLanguageLevel, String otherRequirementsHtml, int salaryMin, int salaryMax,
                          String region, String city, String contact, LocalDate publishedOn,
                          LocalDate applicationDeadline, String cancellationReason, List<Change> changes) {

    /** A field changed after publication. */
    public record Change(Instant changedAt, String field) {
    }

    static VacancyJson of(Vacancy vacancy, String shownStatus) {
        return new VacancyJson(vacancy.getId(), vacancy.getTitle(), vacancy.getAgency().getCode(),
                vacancy.getStructuralUnit(), vacancy.getPositionGroup().name(), vacancy.getCompetitionType().name(),
                shownStatus, vacancy.getDuties(), vacancy.getEducationLevel().name(), vacancy.getMinServiceYears(),
                vacancy.getMinExperienceYears(), vacancy.getStateLanguageLevel().name(),
                vacancy.getOfficialLanguageLevel().name(), vacancy.getOtherRequirements(),
                vacancy.getSalary().getMinimum(), vacancy.getSalary().getMaximum(), vacancy.getRegion().name(),
                vacancy.getCity(), vacancy.getContact(), vacancy.getPublishedOn(), vacancy.getApplicationDeadline(),
                vacancy.getCancellationReason(),
                vacancy.getChanges().stream().map(VacancyJson::change).toList());
    }

    private static Change change(VacancyChange change) {
        return new Change(change.getChangedAt(), change.getField());
    }
}
