package kg.gov.kuzmat.web.vacancy;

import kg.gov.kuzmat.vacancy.VacancyStatus;
import kg.gov.kuzmat.vacancy.VacancySummary;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.faces.Dates;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of a vacancy table with every cell's text already in the reader's language. Formatted here
 * in one pass rather than by EL and converters per cell, which cost more than the rest of a result
 * page (bench/README.md).
 */
public record VacancyRow(long id, String title, String positionLine, String agencyCode, String agencyName,
                         String region, String salary, String deadline, String statusClass, String statusText)
        implements Serializable {


    /** Published vacancies show the days left to apply; closed and cancelled ones their status. */
    static VacancyRow of(VacancySummary vacancy, LocalDate today, LocalizedText texts) {
        VacancyStatus status = vacancy.statusOn(today);
        boolean open = status == VacancyStatus.PUBLISHED;
        String statusText = open
                ? texts.format("vacancy.daysLeft", vacancy.daysLeft(today))
                : texts.text("vacancyStatus." + status);
        return new VacancyRow(vacancy.id(), vacancy.title(),
                texts.text("positionGroup." + vacancy.positionGroup()) + " · "
                        + texts.text("competitionType." + vacancy.competitionType()),
                vacancy.agencyCode(), vacancy.agencyName().in(texts.locale()),
                texts.text("region." + vacancy.region()),
                texts.format("vacancy.salary.range", vacancy.salaryMin(), vacancy.salaryMax()),
                Dates.format(vacancy.applicationDeadline()), open ? "days-left" : "days-left status-" + status, statusText);
    }
}
