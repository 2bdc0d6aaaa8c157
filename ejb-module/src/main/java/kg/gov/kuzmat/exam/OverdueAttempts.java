package kg.gov.kuzmat.exam;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scores the attempts whose time ran out while nobody had the page open, every minute, so that the
 * score reaches the competition without the candidate coming back. Each attempt in its own
 * transaction: one that fails stays for the next run, and running twice scores nothing twice.
 */
@Stateless
@PermitAll
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AttemptScoring scoring;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "overdue test attempts")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int finishOverdue() {
        List<Long> overdue = em.createNamedQuery("ExamAttempt.overdueIds", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(500).getResultList();
        OverdueAttempts self = context.getBusinessObject(OverdueAttempts.class);
        int finished = 0;
        for (long attemptId : overdue) {
            try {
                self.finishOne(attemptId);
                finished++;
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Attempt " + attemptId + " could not be scored; the next run tries again", failed);
            }
        }
        return finished;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishOne(long attemptId) {
        ExamAttempt attempt = em.find(ExamAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt != null && attempt.isOverdueAt(clock.instant())) {
            scoring.finish(attempt, ExamAttempt.Submission.TIME_UP, null);
        }
    }
}
