package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;

/**
 * Where the computer test meets the competition: the competition's pass score and maximum come from
 * the test's specification, only candidates competing at the testing stage may sit it, and a finished
 * attempt's score enters the testing stage as an officer's entry would, told to the candidate.
 * Callers (the exam services) check who is asking; this bean trusts them.
 */
@Dependent
public class ComputerTestResults {

    /** The actor recorded for what the test itself did. */
    public static final String ACTOR = "computer-test";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CandidateNews news;

    @Inject
    private OfficersReads reads;

    @Inject
    private Clock clock;

    /** The candidate's own application, or the refusal that it does not exist. */
    public Application ownApplication(long applicationId, UserAccount candidate) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.getApplicant().getId().equals(candidate.getId())) {
            throw new BusinessException("application.notFound");
        }
        return application;
    }

    /** An officer read what a candidate's attempt recorded, addresses included: access to their personal data. */
    public void recordOfficersRead(Application application) {
        reads.record(application, "testRecord");
    }

    /** The competition takes the test's pass score and maximum, before testing opens. */
    public void fixScores(Vacancy vacancy, long expectedVersion, int pass, int max, String officer, String what) {
        Competition competition = em.find(Competition.class, vacancy.getId());
        if (competition == null) {
            competition = new Competition(vacancy);
            em.persist(competition);
        }
        if (competition.getVersion() != expectedVersion) {
            throw new BusinessException("competition.changedMeanwhile");
        }
        competition.setScores(pass, max);
        note(vacancy, officer, what + "; test pass score " + pass + " of " + max);
    }

    /** Whether the competition is at testing, so that the sitting may only change its window. */
    public boolean isTesting(Vacancy vacancy) {
        Competition competition = em.find(Competition.class, vacancy.getId());
        return competition != null && competition.getStage() == CompetitionStage.TESTING;
    }

    /**
     * The pass score the candidate's attempt is held to; refused unless the competition is at testing,
     * the candidate competes at it, and its maximum is still the test's number of questions.
     */
    public int requireSitting(Application application, int questionCount) {
        Competition competition = em.find(Competition.class, application.getVacancy().getId());
        if (competition == null || competition.getStage() != CompetitionStage.TESTING
                || !application.isCompetingAt(CompetitionStage.TESTING)) {
            throw new BusinessException("exam.notAdmitted");
        }
        if (competition.getMaxScore() != questionCount) {
            throw new BusinessException("exam.notReady");
        }
        return competition.getPassScore();
    }

    /**
     * The finished attempt's score becomes the candidate's test result. If the competition has moved on
     * meanwhile (gone back to review, say), the attempt keeps its score on record and the officer decides.
     */
    public void record(Application application, int score, long attemptId) {
        Competition competition = em.find(Competition.class, application.getVacancy().getId());
        if (competition == null || competition.getStage() != CompetitionStage.TESTING
                || !application.isCompetingAt(CompetitionStage.TESTING)) {
            note(application.getVacancy(), ACTOR, CompetitionStep.write(CompetitionStep.Kind.COMPUTER_TEST_LATE,
                    CompetitionStep.text(application.getRegistrationNumber()), CompetitionStep.text(attemptId), CompetitionStep.text(score)));
            return;
        }
        application.scoreTest(competition, score, "computer test, attempt " + attemptId);
        news.tell(application, ApplicationEvent.Kind.TEST_SCORED,
                score + "/" + competition.getMaxScore() + "/" + competition.getPassScore(), ACTOR);
        note(application.getVacancy(), ACTOR, CompetitionStep.write(CompetitionStep.Kind.COMPUTER_TEST_SCORE,
                CompetitionStep.text(application.getRegistrationNumber()), CompetitionStep.text(score)));
    }

    public void note(Vacancy vacancy, String actor, String what) {
        em.persist(new CompetitionEvent(vacancy.getId(), clock.instant(), actor, what));
    }
}
