package kg.gov.kuzmat.agency;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PublicContent;
import kg.gov.kuzmat.security.Role;

import java.util.List;
import java.util.Optional;

/** The directory of state and municipal bodies. Anyone may read it; only administrators change it. */
@Stateless
public class AgencyDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<PublicContent.Changed> publicContentChanged;

    @RolesAllowed(Role.Names.ADMIN)
    public Agency register(@NotNull Agency agency) {
        if (findByCode(agency.getCode()).isPresent()) {
            throw new BusinessException("agency.register.codeTaken", agency.getCode());
        }
        em.persist(agency);
        publicContentChanged.fire(new PublicContent.Changed("agency " + agency.getCode()));
        return agency;
    }

    @PermitAll
    public Optional<Agency> findByCode(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @PermitAll
    public List<Agency> findAll() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
    }
}
