package kg.gov.kuzmat.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PersonErased;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.util.List;

/**
 * Writes and reads consent records inside the calling service's transaction. The services decide
 * who may call; this class only keeps the rule that a person accepts the revision in force, and the
 * very one they were shown.
 */
@Dependent
public class ConsentLedger {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records acceptance of the current revision. {@code versionShown} is the revision the person
     * read: if another was published meanwhile, they must read that one first.
     */
    public Consent accept(UserAccount account, int versionShown, ConsentContext context) {
        PolicyVersion current = current();
        if (current.getNumber() != versionShown) {
            throw new BusinessException("consent.policyChanged", current.getNumber());
        }
        Consent consent = new Consent(account, current, clock.instant(), context);
        em.persist(consent);
        return consent;
    }

    public boolean hasAcceptedCurrent(UserAccount account) {
        return em.createNamedQuery("Consent.countInForce", Long.class)
                .setParameter("account", account)
                .setParameter("policy", current())
                .getSingleResult() > 0;
    }

    /** Services that process an applicant's data refuse until the revision in force is accepted. */
    public void requireCurrent(UserAccount account) {
        if (!hasAcceptedCurrent(account)) {
            throw new BusinessException("consent.required");
        }
    }

    public List<Consent> of(UserAccount account) {
        return em.createNamedQuery("Consent.ofAccount", Consent.class)
                .setParameter("account", account)
                .getResultList();
    }

    /** The person erased their account: every consent ends, keeping only what was accepted and when. */
    void erase(@Observes PersonErased erased) {
        of(em.getReference(UserAccount.class, erased.accountId())).forEach(consent -> consent.withdraw(clock.instant()));
    }

    private PolicyVersion current() {
        return PolicyVersion.current(em);
    }
}
