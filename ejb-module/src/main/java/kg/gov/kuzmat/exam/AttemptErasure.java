package kg.gov.kuzmat.exam;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.PersonErased;
import kg.gov.kuzmat.selection.ApplicationsAnonymised;
import kg.gov.kuzmat.selection.ApplicationsErased;

/**
 * The computer test's share of erasing a person and of the retention schedule: attempts of applications
 * that are deleted go with their answers and log; attempts that stay in a competition's record keep their
 * answers and score but lose the network addresses they were taken from, when the person's account is
 * erased or the application's file is anonymised.
 */
@Dependent
public class AttemptErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes PersonErased erased) {
        em.createQuery("UPDATE ExamAttemptEvent e SET e.address = NULL WHERE e.attemptId IN"
                        + " (SELECT a.id FROM ExamAttempt a WHERE a.accountId = :account)")
                .setParameter("account", erased.accountId())
                .executeUpdate();
    }

    void anonymise(@Observes ApplicationsAnonymised anonymised) {
        em.createQuery("UPDATE ExamAttemptEvent e SET e.address = NULL WHERE e.attemptId IN"
                        + " (SELECT a.id FROM ExamAttempt a WHERE a.application.id IN :applications)")
                .setParameter("applications", anonymised.applicationIds())
                .executeUpdate();
    }

    void erase(@Observes ApplicationsErased erased) {
        var attempts = em.createQuery("SELECT a.id FROM ExamAttempt a WHERE a.application.id IN :applications", Long.class)
                .setParameter("applications", erased.applicationIds())
                .getResultList();
        if (attempts.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM ExamAttemptEvent e WHERE e.attemptId IN :attempts").setParameter("attempts", attempts)
                .executeUpdate();
        em.createQuery("DELETE FROM ExamAnswer a WHERE a.attempt.id IN :attempts").setParameter("attempts", attempts)
                .executeUpdate();
        em.createQuery("DELETE FROM ExamAttempt a WHERE a.id IN :attempts").setParameter("attempts", attempts).executeUpdate();
    }
}
