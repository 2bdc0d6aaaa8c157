package kg.gov.kuzmat.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PublicContent;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The privacy policy's revisions (clause 5.1): anyone may read the current one and every older one;
 * only an administrator publishes a new one, which takes effect at once and must be accepted by
 * every applicant at their next sign-in.
 */
@Stateless
@PermitAll
public class PrivacyPolicies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<PublicContent.Changed> publicChange;

    /** The revision in force; the portal stores version 1 at its first start, so there always is one. */
    public PolicyVersion current() {
        return PolicyVersion.current(em);
    }

    public Optional<PolicyVersion> find(int number) {
        return em.createNamedQuery("PolicyVersion.byNumber", PolicyVersion.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public List<PolicyVersion> history() {
        return em.createNamedQuery("PolicyVersion.newestFirst", PolicyVersion.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public PolicyVersion publish(@NotNull(message = "{validation.required}") @Valid PolicyText text) {
        LocalDate today = LocalDate.now(clock);
        if (text.lastUpdated().isAfter(today)) {
            throw new BusinessException("policy.dateInFuture");
        }
        PolicyVersion current = current();
        // Two administrators publishing at once must not both become version N+1.
        em.lock(current, LockModeType.PESSIMISTIC_WRITE);
        if (text.lastUpdated().isBefore(current.getLastUpdated())) {
            throw new BusinessException("policy.dateBeforeCurrent");
        }
        PolicyVersion next = new PolicyVersion(current.getNumber() + 1, text.lastUpdated(),
                new LocalizedName(text.kyrgyz(), text.russian(), text.english()), clock.instant());
        em.persist(next);
        publicChange.fire(new PublicContent.Changed("privacy policy " + next.getNumber()));
        return next;
    }
}
