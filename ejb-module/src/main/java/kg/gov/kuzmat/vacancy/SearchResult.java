package kg.gov.kuzmat.vacancy;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a search and the number of matches; when {@code moreThanTotal} is set there are more
 * matches than {@code total} and they were not counted.
 */
public record SearchResult<T>(List<T> items, long total, boolean moreThanTotal, int page, int size) implements Serializable {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
