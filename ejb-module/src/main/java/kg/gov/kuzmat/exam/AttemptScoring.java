package kg.gov.kuzmat.exam;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.selection.ComputerTestResults;

import java.time.Clock;
import java.util.List;

/** Ends an attempt the one way, whoever ends it: the candidate, the page noticing the time is up, or the timer. */
@Dependent
class AttemptScoring {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ComputerTestResults results;

    @Inject
    private Clock clock;

    /** The attempt must be locked by the caller; a finished attempt is left as it is. */
    void finish(ExamAttempt attempt, ExamAttempt.Submission how, String address) {
        if (attempt.isSubmitted()) {
            return;
        }
        attempt.finish(clock.instant(), how, answersOf(attempt));
        results.record(attempt.getApplication(), attempt.getScore(), attempt.getId());
        em.persist(new ExamAttemptEvent(attempt.getId(), clock.instant(),
                how == ExamAttempt.Submission.TIME_UP ? ExamAttemptEvent.Kind.TIME_UP : ExamAttemptEvent.Kind.SUBMITTED,
                "score " + attempt.getScore() + "/" + attempt.getQuestionCount(), address));
    }

    /** The variant with its questions, read in one query. */
    List<ExamAnswer> answersOf(ExamAttempt attempt) {
        return em.createNamedQuery("ExamAnswer.ofAttempt", ExamAnswer.class).setParameter("attempt", attempt).getResultList();
    }
}
