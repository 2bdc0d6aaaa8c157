package kg.gov.kuzmat.vacancy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** The public catalogue of published vacancies; paging happens in the database. */
@Stateless
@PermitAll
public class VacancyCatalogue {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    public List<VacancySummary> findPublished(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return em.createNamedQuery("Vacancy.summariesByStatusNewestFirst", VacancySummary.class)
                .setParameter("status", VacancyStatus.PUBLISHED)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long countPublished() {
        return em.createNamedQuery("Vacancy.countByStatus", Long.class)
                .setParameter("status", VacancyStatus.PUBLISHED)
                .getSingleResult();
    }
}
