package kg.gov.kuzmat.vacancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PublicContent;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * HR officers write, publish, edit and cancel the vacancies of their own agency only. The agency check
 * is made here, on the caller's account, whatever the page offered. Every change names the version the
 * officer saw: if someone else saved in between, nothing is overwritten and the officer is told to reload.
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

    @Inject
    private Event<PublicContent.Changed> publicContentChanged;

    @Inject
    private Event<VacancyPublished> published;

    public Vacancy createDraft(@NotNull @Valid VacancyContent content) {
        Vacancy vacancy = new Vacancy(callers.requireOfficersAgency(), content);
        em.persist(vacancy);
        return vacancy;
    }

    public Vacancy revise(long vacancyId, long seenVersion, @NotNull @Valid VacancyContent content) {
        Vacancy vacancy = ownVacancy(vacancyId, seenVersion);
        vacancy.revise(content, callers.currentName(), clock.instant());
        return saved(vacancy);
    }

    public Vacancy publish(long vacancyId, long seenVersion) {
        Vacancy vacancy = ownVacancy(vacancyId, seenVersion);
        vacancy.publish(clock);
        return savedAndAnnounced(vacancy);
    }

    /** Saves the officer's last edits of a draft and publishes it, both or neither. */
    public Vacancy saveAndPublish(long vacancyId, long seenVersion, @NotNull @Valid VacancyContent content) {
        Vacancy vacancy = ownVacancy(vacancyId, seenVersion);
        vacancy.revise(content, callers.currentName(), clock.instant());
        vacancy.publish(clock);
        return savedAndAnnounced(vacancy);
    }

    /** Opens the draft's competition to the personnel reserve first, until the day given (null: to everyone). */
    public Vacancy reserveFirstUntil(long vacancyId, long seenVersion, LocalDate until) {
        Vacancy vacancy = ownVacancy(vacancyId, seenVersion);
        vacancy.reserveFirstUntil(until);
        return saved(vacancy);
    }

    public Vacancy cancel(long vacancyId, long seenVersion, String reason) {
        Vacancy vacancy = ownVacancy(vacancyId, seenVersion);
        vacancy.cancel(reason, clock);
        return saved(vacancy);
    }

    /** One of the agency's vacancies, drafts included, for the officer's own screens. */
    public Vacancy findOwn(long vacancyId) {
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        // Another agency's vacancy is answered as missing: its existence is not this officer's business.
        if (vacancy == null || !vacancy.belongsTo(callers.requireOfficersAgency())) {
            throw new BusinessException("vacancy.notFound");
        }
        vacancy.closeIfDeadlinePassed(clock);
        return vacancy;
    }

    /** All the agency's vacancies, newest first. */
    public List<Vacancy> listOwn() {
        Agency agency = callers.requireOfficersAgency();
        return em.createNamedQuery("Vacancy.findByAgencyNewestFirst", Vacancy.class)
                .setParameter("agency", agency)
                .getResultList();
    }

    private Vacancy ownVacancy(long vacancyId, long seenVersion) {
        Vacancy vacancy = findOwn(vacancyId);
        if (vacancy.getVersion() != seenVersion) {
            throw new BusinessException("vacancy.edit.changedMeanwhile");
        }
        return vacancy;
    }

    private Vacancy savedAndAnnounced(Vacancy vacancy) {
        saved(vacancy);
        published.fire(new VacancyPublished(vacancy.getId()));
        return vacancy;
    }

    /** Writes now, so that a concurrent save is reported to this officer rather than lost at commit. */
    private Vacancy saved(Vacancy vacancy) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrentSave) {
            throw new BusinessException("vacancy.edit.changedMeanwhile");
        }
        publicContentChanged.fire(new PublicContent.Changed("vacancy " + vacancy.getId()));
        return vacancy;
    }
}
