package kg.gov.kuzmat.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A row of the search index, mapped for queries only: the word search selects vacancy ids straight
 * from the (term, vacancy_id) index. The rows are written by {@link Vacancy}'s own mapping of the
 * same table; nothing creates or changes a SearchTerm.
 */
@Entity
@Table(name = "vacancy_search_term")
@IdClass(SearchTerm.Key.class)
public class SearchTerm {

    @Id
    @Column(name = "vacancy_id")
    private long vacancyId;

    @Id
    @Column(name = "term")
    private String term;

    protected SearchTerm() {
        // for JPA
    }

    /** The composite key of a search index row. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long vacancyId;
        private String term;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.vacancyId == vacancyId && Objects.equals(key.term, term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(vacancyId, term);
        }
    }
}
