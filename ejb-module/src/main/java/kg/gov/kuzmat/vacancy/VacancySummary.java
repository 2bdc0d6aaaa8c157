package kg.gov.kuzmat.vacancy;

import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One row of the public vacancy list: what an applicant scans before opening a vacancy. */
public record VacancySummary(long id, String title, String agencyCode, LocalizedName agencyName, Region region,
                             PositionGroup positionGroup, int salaryMin, int salaryMax,
                             LocalDate publishedOn, LocalDate applicationDeadline) implements Serializable {

    /** The constructor the catalogue's JPQL query calls. */
    public VacancySummary(Long id, String title, String agencyCode, String agencyKy, String agencyRu, String agencyEn,
                          Region region, PositionGroup positionGroup, Integer salaryMin, Integer salaryMax,
                          LocalDate publishedOn, LocalDate applicationDeadline) {
        this(id, title, agencyCode, new LocalizedName(agencyKy, agencyRu, agencyEn), region, positionGroup,
                salaryMin, salaryMax, publishedOn, applicationDeadline);
    }

    /** Whole days left to apply, counting today; 0 once the deadline has passed. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, applicationDeadline) + 1);
    }
}
