package kg.gov.kuzmat.vacancy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue: search with filters, paged in the database, and single vacancies. Drafts are
 * never visible here. A vacancy whose deadline has passed reads as closed even before the nightly
 * closing has run.
 */
@Stateless
@PermitAll
public class VacancyCatalogue {

    /**
     * Matches are counted up to this many and no further: counting every match of a common word made
     * a search's cost grow with the whole catalogue (bench/README.md). Beyond it a reader is told
     * "more than" and refines the search.
     */
    public static final int COUNT_LIMIT = 1_000;

    private static final EnumSet<VacancyStatus> PUBLIC_STATUSES =
            EnumSet.of(VacancyStatus.PUBLISHED, VacancyStatus.CLOSED, VacancyStatus.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public SearchResult<VacancySummary> search(@NotNull @Valid VacancySearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(search, parameters);
        TypedQuery<VacancySummary> items = em.createQuery(
                VacancySummary.SELECT + " FROM Vacancy v JOIN v.agency a" + where + search.sortOrDefault().orderBy(),
                VacancySummary.class);
        parameters.forEach(items::setParameter);
        List<VacancySummary> page = items
                .setFirstResult(search.page() * search.size())
                .setMaxResults(search.size())
                .getResultList();
        long matches = countUpToLimit(where, parameters);
        return new SearchResult<>(page, Math.min(matches, COUNT_LIMIT), matches > COUNT_LIMIT, search.page(), search.size());
    }

    /** The number of matches, read no further than one past {@link #COUNT_LIMIT}. */
    private long countUpToLimit(String where, Map<String, Object> parameters) {
        TypedQuery<Long> ids = em.createQuery("SELECT v.id FROM Vacancy v JOIN v.agency a" + where, Long.class);
        parameters.forEach(ids::setParameter);
        return ids.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    private String where(VacancySearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE ");
        if (search.openOnly()) {
            where.append("v.status = :published AND v.applicationDeadline >= :today");
            parameters.put("published", VacancyStatus.PUBLISHED);
            parameters.put("today", LocalDate.now(clock));
        } else {
            where.append("v.status IN :statuses");
            parameters.put("statuses", PUBLIC_STATUSES);
        }
        and(where, parameters, "a.code = :agencyCode", "agencyCode", search.agencyCode());
        and(where, parameters, "a.type = :agencyType", "agencyType", search.agencyType());
        and(where, parameters, "v.region = :region", "region", search.region());
        and(where, parameters, "v.positionGroup = :positionGroup", "positionGroup", search.positionGroup());
        and(where, parameters, "v.salary.maximum >= :salaryFrom", "salaryFrom", search.salaryFrom());
        and(where, parameters, "v.competitionType = :competitionType", "competitionType", search.competitionType());
        List<String> words = SearchTerms.ofQuery(search.query());
        for (int i = 0; i < words.size(); i++) {
            // Every word must match the start of some term of the vacancy.
            where.append(" AND v.id IN (SELECT t.vacancyId FROM SearchTerm t WHERE t.term LIKE :word").append(i).append(")");
            parameters.put("word" + i, words.get(i) + "%");
        }
        return where.toString();
    }

    /** Adds a filter that the search uses, with its parameter; a filter left empty adds nothing. */
    private static void and(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.put(name, value);
        }
    }

    /** A vacancy as the public sees it, with its agency and its recorded changes; never a draft. */
    public Optional<Vacancy> findPublic(long id) {
        return em.createQuery("SELECT v FROM Vacancy v JOIN FETCH v.agency LEFT JOIN FETCH v.changes"
                        + " WHERE v.id = :id AND v.status IN :statuses", Vacancy.class)
                .setParameter("id", id)
                .setParameter("statuses", PUBLIC_STATUSES)
                .getResultStream()
                .findFirst();
    }
}
