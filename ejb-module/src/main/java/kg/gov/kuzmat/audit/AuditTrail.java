package kg.gov.kuzmat.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.security.UserAccount;

import java.security.Principal;
import java.time.Clock;

/**
 * Appends to the access audit, in the caller's transaction: an action that is rolled back leaves no
 * entry, and one that happened always has one. The actor is the authenticated caller unless named.
 */
@Dependent
public class AuditTrail {

    public static final String ANONYMOUS = "anonymous";
    public static final String SELF = "self";
    /** The nightly retention job, acting under the rules rather than for anyone. */
    public static final String RETENTION = "retention";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Principal caller;

    @Inject
    private Clock clock;

    public void record(AuditAction action, UserAccount subject, String detail) {
        recordAs(callerName(), action, subject, detail);
    }

    /**
     * For actions whose actor the container does not know yet, such as signing in. A person acting on
     * their own data is recorded as {@value #SELF}: the trail never holds an applicant's address, so
     * nothing of them is left in it once they erase their account but the account's number.
     */
    public void recordAs(String actor, AuditAction action, UserAccount subject, String detail) {
        String who = actor == null || actor.isBlank() ? ANONYMOUS
                : subject != null && actor.equalsIgnoreCase(subject.getEmail()) ? SELF : actor;
        em.persist(new AuditEntry(clock.instant(), who, RequestAddress.current(), action, subject == null ? null : subject.getId(),
                detail));
    }

    private String callerName() {
        return caller == null || caller.getName() == null ? ANONYMOUS : caller.getName();
    }
}
