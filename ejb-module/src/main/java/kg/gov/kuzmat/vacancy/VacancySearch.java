package kg.gov.kuzmat.vacancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;

import java.io.Serializable;

/**
 * A public search of the catalogue: words, filters, order and page. Every filter is optional.
 * {@code openOnly} keeps vacancies still accepting applications; without it closed and cancelled
 * ones are listed too.
 */
public record VacancySearch(
        @Size(max = 200, message = "{validation.tooLong}") String query,
        @Size(max = 40, message = "{validation.tooLong}") String agencyCode,
        AgencyType agencyType,
        Region region,
        PositionGroup positionGroup,
        @PositiveOrZero(message = "{validation.notNegative}") Integer salaryFrom,
        CompetitionType competitionType,
        boolean openOnly,
        VacancySort sort,
        @Min(value = 0, message = "{validation.notNegative}") int page,
        @Min(value = 1, message = "{validation.tooSmall}") @Max(value = MAX_PAGE_SIZE, message = "{validation.tooLarge}") int size)
        implements Serializable {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 10;

    /** Everything open, newest first: the home page. */
    public static VacancySearch openNewestFirst(int page, int size) {
        return new VacancySearch(null, null, null, null, null, null, null, true, VacancySort.NEWEST, page, size);
    }

    public VacancySort sortOrDefault() {
        return sort == null ? VacancySort.NEWEST : sort;
    }
}
