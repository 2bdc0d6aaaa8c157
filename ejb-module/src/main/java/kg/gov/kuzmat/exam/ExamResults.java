package kg.gov.kuzmat.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.util.Optional;

/** The public side of a competition's test: its results, once the window has closed and every attempt has ended. */
@Stateless
@PermitAll
public class ExamResults {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<PublishedResults> of(long vacancyId) {
        ExamSitting sitting = em.find(ExamSitting.class, vacancyId);
        if (sitting == null || clock.instant().isBefore(sitting.getClosesAt())) {
            return Optional.empty();
        }
        long running = em.createQuery("SELECT COUNT(a) FROM ExamAttempt a WHERE a.sitting = :sitting AND a.submittedAt IS NULL",
                Long.class).setParameter("sitting", sitting).getSingleResult();
        if (running > 0) {
            return Optional.empty();
        }
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        var rows = em.createNamedQuery("ExamAttempt.finishedOfSitting", ExamAttempt.class).setParameter("sitting", sitting)
                .getResultStream()
                .map(a -> new PublishedResults.Row(a.getApplication().getRegistrationNumber(), a.getScore(), a.passed()))
                .toList();
        Integer passScore = em.createQuery("SELECT a.passScore FROM ExamAttempt a WHERE a.sitting = :sitting", Integer.class)
                .setParameter("sitting", sitting).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return Optional.of(new PublishedResults(vacancyId, vacancy.getTitle(), vacancy.getAgency().getCode(),
                sitting.getClosesAt(), sitting.questionCount(), passScore, rows));
    }
}
