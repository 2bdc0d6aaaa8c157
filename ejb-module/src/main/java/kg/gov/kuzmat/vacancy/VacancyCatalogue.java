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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** A word found in at most this many vacancies is searched as the list of them. */
    static final int RARE_WORD_VACANCIES = 500;

    private static final EnumSet<VacancyStatus> PUBLIC_STATUSES =
            EnumSet.of(VacancyStatus.PUBLISHED, VacancyStatus.CLOSED, VacancyStatus.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * A search is answered in two steps: the ids of one page, read from the vacancy table alone along
     * the index of the chosen order, then those vacancies' rows with their agencies. Only a condition
     * on the order's own column is written so that the database may use it as an index range; every
     * other range is wrapped in COALESCE (of columns that are never null), which no index serves. H2 (the embedded default) otherwise
     * picks an index for a filter, reads every match and sorts them all, where walking the order index
     * stops after one page (bench/README.md). PostgreSQL plans these queries the same way or better.
     */
    public SearchResult<VacancySummary> search(@NotNull @Valid VacancySearch search) {
        Optional<List<Object>> words = wordMatches(SearchTerms.ofQuery(search.query()));
        if (words.isEmpty()) {
            return new SearchResult<>(List.of(), 0, false, search.page(), search.size());
        }
        VacancySort sort = search.sortOrDefault();
        List<Long> ids = ids(search, sort, words.get())
                .setFirstResult(search.page() * search.size())
                .setMaxResults(search.size())
                .getResultList();
        // A first page that is not full holds every match: no need to count them. Otherwise they are
        // counted along the newest-first index, which holds every filtered column: the rows themselves,
        // with their long texts, are never read for the count.
        long matches = search.page() == 0 && ids.size() < search.size()
                ? ids.size()
                : ids(search, VacancySort.NEWEST, words.get()).setMaxResults(COUNT_LIMIT + 1).getResultList().size();
        return new SearchResult<>(summaries(ids), Math.min(matches, COUNT_LIMIT), matches > COUNT_LIMIT,
                search.page(), search.size());
    }

    /**
     * Open vacancies matching the search's filters that were published after {@code after} and up to
     * and including {@code through}, newest first, at most {@code limit}: what a search alert reports.
     */
    public List<VacancySummary> publishedBetween(@NotNull @Valid VacancySearch search, LocalDate after, LocalDate through,
                                                 int limit) {
        Optional<List<Object>> words = wordMatches(SearchTerms.ofQuery(search.query()));
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(search, VacancySort.NEWEST, words.get(), parameters)
                + " AND v.publishedOn > :after AND v.publishedOn <= :through";
        parameters.put("after", after);
        parameters.put("through", through);
        TypedQuery<Long> query = em.createQuery("SELECT v.id FROM Vacancy v" + where + VacancySort.NEWEST.orderBy(), Long.class);
        parameters.forEach(query::setParameter);
        return summaries(query.setMaxResults(limit).getResultList());
    }

    /** The ids of the matching vacancies in the given order. */
    private TypedQuery<Long> ids(VacancySearch search, VacancySort sort, List<Object> words) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery(
                "SELECT v.id FROM Vacancy v" + where(search, sort, words, parameters) + sort.orderBy(), Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The rows of the given vacancies, in the order of the ids, in one query. */
    private List<VacancySummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, VacancySummary> byId = new HashMap<>();
        em.createQuery(VacancySummary.SELECT + " FROM Vacancy v JOIN v.agency a WHERE v.id IN :ids", VacancySummary.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(summary -> byId.put(summary.id(), summary));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * How each word of the query is matched: a rare word as the list of its vacancies' ids, a common
     * one as its prefix pattern, checked for each vacancy met along the order index (which then finds a
     * page of them after a few rows). Empty when some word matches no vacancy at all.
     */
    private Optional<List<Object>> wordMatches(List<String> words) {
        List<Object> matches = new ArrayList<>();
        for (String word : words) {
            List<Long> few = em.createQuery("SELECT DISTINCT t.vacancyId FROM SearchTerm t WHERE t.term LIKE :word", Long.class)
                    .setParameter("word", word + "%")
                    .setMaxResults(RARE_WORD_VACANCIES + 1)
                    .getResultList();
            if (few.isEmpty()) {
                return Optional.empty();
            }
            matches.add(few.size() <= RARE_WORD_VACANCIES ? few : word + "%");
        }
        return Optional.of(matches);
    }

    /**
     * The conditions of a search read along the index of {@code sort}: only a range on that index's
     * own column is left for the database to use.
     */
    private String where(VacancySearch search, VacancySort sort, List<Object> words, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE ");
        if (search.openOnly()) {
            where.append("v.status = :published AND ").append(sort == VacancySort.DEADLINE
                    ? "v.applicationDeadline >= :today"
                    : "COALESCE(v.applicationDeadline, v.publishedOn) >= :today");
            parameters.put("published", VacancyStatus.PUBLISHED);
            parameters.put("today", LocalDate.now(clock));
        } else {
            where.append("v.status IN :statuses");
            parameters.put("statuses", PUBLIC_STATUSES);
        }
        and(where, parameters, "v.agency.id = (SELECT byCode.id FROM Agency byCode WHERE byCode.code = :agencyCode)",
                "agencyCode", search.agencyCode());
        and(where, parameters, "v.agencyType = :agencyType", "agencyType", search.agencyType());
        and(where, parameters, "v.region = :region", "region", search.region());
        and(where, parameters, "v.positionGroup = :positionGroup", "positionGroup", search.positionGroup());
        and(where, parameters, sort == VacancySort.SALARY
                        ? "v.salary.maximum >= :salaryFrom"
                        : "COALESCE(v.salary.maximum, v.salary.minimum) >= :salaryFrom",
                "salaryFrom", search.salaryFrom());
        and(where, parameters, "v.competitionType = :competitionType", "competitionType", search.competitionType());
        for (int i = 0; i < words.size(); i++) {
            // Every word must match the start of some term of the vacancy.
            String name = "word" + i;
            and(where, parameters, words.get(i) instanceof List<?>
                    ? "v.id IN :" + name
                    : "EXISTS (SELECT t.vacancyId FROM SearchTerm t WHERE t.vacancyId = v.id AND t.term LIKE :" + name + ")",
                    name, words.get(i));
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
