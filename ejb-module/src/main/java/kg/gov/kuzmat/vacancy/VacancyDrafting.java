package kg.gov.kuzmat.vacancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;

/**
 * HR officers write and publish vacancies of their own agency only. The agency check is made here,
 * on the caller's account, whatever the page offered.
 */
@Stateless
@RolesAllowed(Role.Names.HR_OFFICER)
public class VacancyDrafting {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private Clock clock;

    public Vacancy createDraft(@NotNull @Valid VacancyDraft draft) {
        Agency agency = callers.requireOfficersAgency();
        if (draft.salaryMin() > draft.salaryMax()) {
            throw new BusinessException("vacancy.salary.minAboveMax");
        }
        Vacancy vacancy = new Vacancy(agency, draft.title(), draft.description(), draft.requirements(),
                draft.positionGroup(), new SalaryRange(draft.salaryMin(), draft.salaryMax()), draft.region(),
                draft.applicationDeadline());
        em.persist(vacancy);
        return vacancy;
    }

    public Vacancy publish(long vacancyId) {
        Vacancy vacancy = ownVacancy(vacancyId);
        vacancy.publish(clock);
        return vacancy;
    }

    private Vacancy ownVacancy(long vacancyId) {
        Agency agency = callers.requireOfficersAgency();
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        // Another agency's vacancy is answered as missing: its existence is not this officer's business.
        if (vacancy == null || !vacancy.belongsTo(agency)) {
            throw new BusinessException("vacancy.notFound");
        }
        return vacancy;
    }
}
