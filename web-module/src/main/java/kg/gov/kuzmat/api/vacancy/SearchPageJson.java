package kg.gov.kuzmat.api.vacancy;

import java.util.List;

/** A page of search results; {@code page} counts from 1 as in the query. */
public record SearchPageJson(List<SummaryJson> items, long total, int page, int size, int pageCount) {
}
