package kg.gov.kuzmat.api.vacancy;

import java.util.List;

/**
 * A page of search results; {@code page} counts from 1 as in the query. Matches are counted up to a
 * limit: {@code totalIsLowerBound} says there are more than {@code total}.
 */
public record SearchPageJson(List<SummaryJson> items, long total, boolean totalIsLowerBound, int page, int size,
                             int pageCount) {
}
