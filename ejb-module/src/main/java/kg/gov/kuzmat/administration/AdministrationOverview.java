package kg.gov.kuzmat.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.vacancy.VacancyStatus;

/** Figures about the whole portal, for administrators only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AdministrationOverview {

    @PersistenceContext
    private EntityManager em;

    public PortalFigures figures() {
        long agencies = em.createNamedQuery("Agency.count", Long.class).getSingleResult();
        long published = em.createNamedQuery("Vacancy.countByStatus", Long.class)
                .setParameter("status", VacancyStatus.PUBLISHED)
                .getSingleResult();
        long accounts = em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
        return new PortalFigures(agencies, published, accounts);
    }
}
