package kg.gov.kuzmat.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** Log entries that must stay although the caller's transaction is rolled back: refusals. */
@Stateless
@PermitAll
public class AttemptLog {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAlone(long attemptId, Instant at, ExamAttemptEvent.Kind kind, String detail, String address) {
        em.persist(new ExamAttemptEvent(attemptId, at, kind, detail, address));
    }
}
