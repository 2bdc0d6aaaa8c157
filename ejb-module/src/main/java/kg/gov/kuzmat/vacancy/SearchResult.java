package kg.gov.kuzmat.vacancy;

import java.io.Serializable;
import java.util.List;

/** One page of a search and the number of all matches. */
public record SearchResult<T>(List<T> items, long total, int page, int size) implements Serializable {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
