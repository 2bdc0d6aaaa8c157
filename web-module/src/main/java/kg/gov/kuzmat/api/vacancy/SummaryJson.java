package kg.gov.kuzmat.api.vacancy;

import kg.gov.kuzmat.api.NamesJson;
import kg.gov.kuzmat.vacancy.VacancySummary;

import java.time.LocalDate;

/** One vacancy in a list of the open-data API. */
public record SummaryJson(long id, String title, String agencyCode, NamesJson agencyName, String region,
                          String positionGroup, String competitionType, int salaryMin, int salaryMax, String status,
                          LocalDate publishedOn, LocalDate applicationDeadline) {

    static SummaryJson of(VacancySummary summary, LocalDate today) {
        return new SummaryJson(summary.id(), summary.title(), summary.agencyCode(),
                NamesJson.of(summary.agencyName()),
                summary.region().name(), summary.positionGroup().name(), summary.competitionType().name(),
                summary.salaryMin(), summary.salaryMax(), summary.statusOn(today).name(), summary.publishedOn(), summary.applicationDeadline());
    }
}
