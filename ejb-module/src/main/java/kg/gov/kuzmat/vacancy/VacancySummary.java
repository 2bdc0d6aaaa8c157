package kg.gov.kuzmat.vacancy;

import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the public vacancy list: what an applicant scans before opening a vacancy. */
public record VacancySummary(long id, String title, String agencyCode, LocalizedName agencyName, Region region,
                             PositionGroup positionGroup, CompetitionType competitionType, int salaryMin, int salaryMax,
                             VacancyStatus status, LocalDate publishedOn, LocalDate applicationDeadline)
        implements Serializable {

    /** The select list of the catalogue's queries, in the order of the constructor below. */
    static final String SELECT = "SELECT NEW kg.gov.kuzmat.vacancy.VacancySummary(v.id, v.title,"
            + " a.code, a.name.kyrgyz, a.name.russian, a.name.english, v.region, v.positionGroup, v.competitionType,"
            + " v.salary.minimum, v.salary.maximum, v.status, v.publishedOn, v.applicationDeadline)";

    /** The constructor the catalogue's JPQL queries call. */
    public VacancySummary(Long id, String title, String agencyCode, String agencyKy, String agencyRu, String agencyEn,
                          Region region, PositionGroup positionGroup, CompetitionType competitionType,
                          Integer salaryMin, Integer salaryMax, VacancyStatus status,
                          LocalDate publishedOn, LocalDate applicationDeadline) {
        this(id, title, agencyCode, new LocalizedName(agencyKy, agencyRu, agencyEn), region, positionGroup,
                competitionType, salaryMin, salaryMax, status, publishedOn, applicationDeadline);
    }

    /** The status a reader is told: published reads as closed from the day after the deadline. */
    public VacancyStatus statusOn(LocalDate today) {
        return Vacancy.statusOn(status, applicationDeadline, today);
    }

    /** Whole days left to apply, counting today; 0 once the deadline has passed. */
    public long daysLeft(LocalDate today) {
        return Vacancy.daysLeft(applicationDeadline, today);
    }
}
