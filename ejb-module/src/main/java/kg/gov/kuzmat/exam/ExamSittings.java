package kg.gov.kuzmat.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.DisplayDates;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.selection.Application;
import kg.gov.kuzmat.selection.ComputerTestResults;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The HR officer schedules their own agency's competition's computer test and follows it: who started,
 * who finished with what score, and the full log of an attempt when a candidate disputes it.
 */
@Stateless
@RolesAllowed(Role.Names.HR_OFFICER)
public class ExamSittings {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private ComputerTestResults results;

    @Inject
    private Clock clock;

    public SittingOverview overview(long vacancyId) {
        Vacancy vacancy = ownVacancy(vacancyId);
        ExamSpecification specification = em.find(ExamSpecification.class, vacancy.getPositionGroup().name());
        ExamSitting sitting = em.find(ExamSitting.class, vacancyId);
        if (sitting == null) {
            return new SittingOverview(vacancyId, vacancy.getPositionGroup(), specification, false, null, null, 0, 0,
                    List.of());
        }
        return new SittingOverview(vacancyId, vacancy.getPositionGroup(), specification, true, sitting.getOpensAt(),
                sitting.getClosesAt(), sitting.getTimeLimitMinutes(), sitting.questionCount(),
                em.createQuery("SELECT a FROM ExamAttempt a JOIN FETCH a.application WHERE a.sitting = :sitting ORDER BY a.startedAt",
                                ExamAttempt.class)
                        .setParameter("sitting", sitting).getResultStream().map(SittingOverview.AttemptRow::of).toList());
    }

    /**
     * Schedules the test from the specification of the vacancy's position group, which also sets the
     * competition's pass score and maximum; that is only possible before testing opens. Once testing is
     * open the window may still move, as long as no one has started.
     */
    public SittingOverview schedule(long vacancyId, long competitionVersion, Instant opens, Instant closes) {
        Vacancy vacancy = ownVacancy(vacancyId);
        ExamSitting sitting = em.find(ExamSitting.class, vacancyId, LockModeType.PESSIMISTIC_WRITE);
        if (sitting != null && em.createNamedQuery("ExamAttempt.countOfSitting", Long.class)
                .setParameter("sitting", sitting).getSingleResult() > 0) {
            throw new BusinessException("exam.alreadyStarted");
        }
        if (opens == null || closes == null || !closes.isAfter(opens) || !closes.isAfter(clock.instant())) {
            throw new BusinessException("exam.windowInvalid");
        }
        String window = DisplayDates.dateTime(opens) + " – " + DisplayDates.dateTime(closes);
        if (results.isTesting(vacancy)) {
            if (sitting == null) {
                throw new BusinessException("competition.scoresFixed");
            }
            sitting.reschedule(opens, closes);
            results.note(vacancy, callers.currentName(), "computer test moved to " + window);
            return overview(vacancyId);
        }
        ExamSpecification specification = em.find(ExamSpecification.class, vacancy.getPositionGroup().name());
        if (specification == null) {
            throw new BusinessException("exam.noSpecification");
        }
        for (TopicShare share : specification.getShares()) {
            long active = em.createNamedQuery("ExamQuestion.countActiveOfTopic", Long.class)
                    .setParameter("topic", share.getTopicId()).getSingleResult();
            if (active < share.getQuestionCount()) {
                throw new BusinessException("exam.bankTooSmall", em.find(ExamTopic.class, share.getTopicId()).getCode());
            }
        }
        if (sitting == null) {
            sitting = new ExamSitting(vacancyId);
            em.persist(sitting);
        }
        sitting.schedule(specification, opens, closes);
        results.fixScores(vacancy, competitionVersion, specification.getPassScore(), specification.questionCount(),
                callers.currentName(), "computer test scheduled " + window + ", " + specification.questionCount()
                        + " questions, " + specification.getTimeLimitMinutes() + " min");
        em.flush();
        return overview(vacancyId);
    }

    /** The full record of a candidate's attempt. Reading it is recorded as access to their personal data. */
    public AttemptRecord record(long attemptId) {
        ExamAttempt attempt = em.find(ExamAttempt.class, attemptId);
        Agency agency = callers.requireOfficersAgency();
        if (attempt == null || !attempt.getApplication().getVacancy().belongsTo(agency)) {
            throw new BusinessException("exam.attemptNotFound");
        }
        Application application = attempt.getApplication();
        results.recordOfficersRead(application);
        long answered = em.createQuery("SELECT COUNT(a) FROM ExamAnswer a WHERE a.attempt = :attempt AND a.chosenOption IS NOT NULL",
                Long.class).setParameter("attempt", attempt).getSingleResult();
        return new AttemptRecord(SittingOverview.AttemptRow.of(attempt), attempt.getLanguage(), attempt.getEndsAt(),
                attempt.getPassScore(), answered,
                em.createNamedQuery("ExamAttemptEvent.ofAttempt", ExamAttemptEvent.class).setParameter("attempt", attemptId)
                        .getResultStream()
                        .map(e -> new AttemptRecord.Entry(e.getHappenedAt(), e.getKind(), e.getDetail(), e.getAddress()))
                        .toList());
    }

    private Vacancy ownVacancy(long vacancyId) {
        Agency agency = callers.requireOfficersAgency();
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.belongsTo(agency)) {
            throw new BusinessException("vacancy.notFound");
        }
        return vacancy;
    }
}
