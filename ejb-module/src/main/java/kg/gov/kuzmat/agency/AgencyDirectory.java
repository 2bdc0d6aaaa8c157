package kg.gov.kuzmat.agency;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PublicContent;
import kg.gov.kuzmat.platform.RecordedText;
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

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Role.Names.ADMIN)
    public Agency register(@NotNull Agency agency) {
        if (findByCode(agency.getCode()).isPresent()) {
            throw new BusinessException("agency.register.codeTaken", agency.getCode());
        }
        em.persist(agency);
        audit.record(AuditAction.AGENCY_CHANGED, null, RecordedText.write("auditDetail.agencyRegistered", RecordedText.text(agency.getCode())));
        publicContentChanged.fire(new PublicContent.Changed("agency " + agency.getCode()));
        return agency;
    }

    /** New names, region or parent body of a registered body; {@code expectedVersion} is the one edited. */
    @RolesAllowed(Role.Names.ADMIN)
    public Agency revise(long agencyId, long expectedVersion, LocalizedName name, Region region, Long parentId) {
        Agency agency = require(agencyId);
        if (agency.getVersion() != expectedVersion) {
            throw new BusinessException("agency.changedMeanwhile");
        }
        if (name == null || region == null) {
            throw new BusinessException("agency.incomplete");
        }
        agency.revise(name, region, parentId == null ? null : require(parentId));
        audit.record(AuditAction.AGENCY_CHANGED, null, RecordedText.write("auditDetail.agencyRevised", RecordedText.text(agency.getCode())));
        publicContentChanged.fire(new PublicContent.Changed("agency " + agency.getCode()));
        return agency;
    }

    /** An inactive body keeps its vacancies and history but gets no new HR officers. */
    @RolesAllowed(Role.Names.ADMIN)
    public Agency activate(long agencyId, boolean on) {
        Agency agency = require(agencyId);
        agency.activate(on);
        audit.record(AuditAction.AGENCY_CHANGED, null, RecordedText.write(on ? "auditDetail.agencyActivated" : "auditDetail.agencyDeactivated",
                RecordedText.text(agency.getCode())));
        return agency;
    }

    @PermitAll
    public Agency require(long agencyId) {
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null) {
            throw new BusinessException("agency.notFound");
        }
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
