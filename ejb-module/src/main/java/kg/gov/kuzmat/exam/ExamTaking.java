package kg.gov.kuzmat.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.CallerApplicant;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.selection.Application;
import kg.gov.kuzmat.selection.ComputerTestResults;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The candidate's side of the computer test. The server draws the variant, keeps the clock, saves each
 * answer as it is chosen and scores what was saved; the page is only a view of that. One attempt per
 * application: starting again from another tab or device continues the same attempt.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class ExamTaking {

    private static final Set<String> LANGUAGES = Set.of("ky", "ru");
    private static final Random RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant caller;

    @Inject
    private ComputerTestResults results;

    @Inject
    private AttemptScoring scoring;

    @EJB
    private AttemptLog log;

    @Inject
    private Clock clock;

    /**
     * Where the candidate stands. Opening the page of a running attempt counts as resuming it; one whose
     * time ran out while nobody watched is scored now.
     */
    public TestState state(long applicationId, String address) {
        UserAccount account = caller.require().getAccount();
        Application application = ownApplication(applicationId, account);
        Optional<ExamAttempt> attempt = attemptOf(application, true);
        Instant now = clock.instant();
        if (attempt.isPresent() && attempt.get().isOverdueAt(now)) {
            scoring.finish(attempt.get(), ExamAttempt.Submission.TIME_UP, address);
        } else if (attempt.isPresent() && attempt.get().isRunningAt(now)) {
            em.persist(new ExamAttemptEvent(attempt.get().getId(), now, ExamAttemptEvent.Kind.RESUMED, null, address));
        }
        return stateOf(application, attempt.orElse(null), now);
    }

    /** Starts the test inside the window, or continues the attempt already started. */
    public TestState start(long applicationId, String language, String address) {
        UserAccount account = caller.require().getAccount();
        Application application = ownApplication(applicationId, account);
        if (attemptOf(application, false).isPresent()) {
            return state(applicationId, address);
        }
        // Locked, so that two tabs starting at once wait for each other and the second finds the first's attempt.
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        if (attemptOf(application, false).isPresent()) {
            return state(applicationId, address);
        }
        ExamSitting sitting = em.find(ExamSitting.class, application.getVacancy().getId());
        if (sitting == null) {
            throw new BusinessException("exam.notScheduled");
        }
        int passScore = results.requireSitting(application, sitting.questionCount());
        Instant now = clock.instant();
        if (now.isBefore(sitting.getOpensAt())) {
            throw new BusinessException("exam.notYetOpen");
        }
        if (!sitting.admitsStartAt(now)) {
            throw new BusinessException("exam.windowClosed");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw new BusinessException("exam.languageUnknown");
        }
        ExamAttempt attempt = new ExamAttempt(sitting, application, account.getId(), language, passScore, now);
        for (ExamQuestion question : draw(sitting)) {
            attempt.pose(question, shuffledLetters());
        }
        em.persist(attempt);
        em.flush();
        em.persist(new ExamAttemptEvent(attempt.getId(), now, ExamAttemptEvent.Kind.STARTED,
                "language " + language + ", " + attempt.getQuestionCount() + " questions", address));
        return stateOf(application, attempt, now);
    }

    /**
     * Saves the option chosen at {@code place} (1 to 4, in the order shown) for the question at
     * {@code position}. Refused once the attempt's time is up on the server's clock, or after it was submitted.
     */
    public SavedAnswer save(long attemptId, int position, int place, String address) {
        ExamAttempt attempt = ownAttempt(attemptId);
        Instant now = clock.instant();
        if (!attempt.isRunningAt(now)) {
            // Logged on its own before any lock is taken here, so that the refusal stays in the log.
            log.appendAlone(attemptId, now, ExamAttemptEvent.Kind.ANSWER_REFUSED, "position " + position, address);
            throw refusalFor(attempt);
        }
        if (place < 1 || place > 4 || position < 1 || position > attempt.getQuestionCount()) {
            throw new BusinessException("exam.answerInvalid");
        }
        // Saves of one candidate queue behind each other and behind the submission, so that no answer is
        // acknowledged after the score was counted.
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        now = clock.instant();
        if (!attempt.isRunningAt(now)) {
            throw refusalFor(attempt);
        }
        ExamAnswer answer = em.find(ExamAnswer.class, new ExamAnswer.Key(attemptId, position));
        answer.choose(answer.optionShownAt(place - 1), now);
        em.persist(new ExamAttemptEvent(attemptId, now, ExamAttemptEvent.Kind.ANSWERED,
                "position " + position + ": " + (char) ('A' + place - 1), address));
        return new SavedAnswer(position, place, attempt.remainingAt(now).toSeconds());
    }

    /** Ends the attempt with what was saved and shows the result; a second submission shows the same result. */
    public ExamResult submit(long attemptId, String address) {
        ExamAttempt attempt = ownAttempt(attemptId);
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        scoring.finish(attempt, attempt.isOverdueAt(clock.instant()) ? ExamAttempt.Submission.TIME_UP
                : ExamAttempt.Submission.CANDIDATE, address);
        return ExamResult.of(attempt);
    }

    private List<ExamQuestion> draw(ExamSitting sitting) {
        List<Long> chosen = new ArrayList<>();
        for (TopicShare share : sitting.getPlan()) {
            List<Long> ids = new ArrayList<>(em.createNamedQuery("ExamQuestion.activeIdsOfTopic", Long.class)
                    .setParameter("topic", share.getTopicId()).getResultList());
            if (ids.size() < share.getQuestionCount()) {
                throw new BusinessException("exam.notReady");
            }
            Collections.shuffle(ids, RANDOM);
            chosen.addAll(ids.subList(0, share.getQuestionCount()));
        }
        Collections.shuffle(chosen, RANDOM);
        Map<Long, ExamQuestion> questions = new HashMap<>();
        em.createQuery("SELECT q FROM ExamQuestion q WHERE q.id IN :ids", ExamQuestion.class)
                .setParameter("ids", chosen).getResultStream().forEach(q -> questions.put(q.getId(), q));
        return chosen.stream().map(questions::get).toList();
    }

    private static String shuffledLetters() {
        List<Character> letters = new ArrayList<>(List.of('A', 'B', 'C', 'D'));
        Collections.shuffle(letters, RANDOM);
        StringBuilder order = new StringBuilder();
        letters.forEach(order::append);
        return order.toString();
    }

    private TestState stateOf(Application application, ExamAttempt attempt, Instant now) {
        ExamSitting sitting = em.find(ExamSitting.class, application.getVacancy().getId());
        String title = application.getVacancy().getTitle();
        if (sitting == null) {
            return new TestState(application.getId(), application.getVacancy().getId(), application.getRegistrationNumber(), title,
                    TestState.Phase.NOT_SCHEDULED, null, null, 0, 0, null, null, null);
        }
        TestState.Phase phase;
        TestState.Running running = null;
        ExamResult result = null;
        Integer passScore = null;
        if (attempt != null && attempt.isSubmitted()) {
            phase = TestState.Phase.FINISHED;
            result = ExamResult.of(attempt);
            passScore = attempt.getPassScore();
        } else if (attempt != null) {
            phase = TestState.Phase.RUNNING;
            running = running(attempt, now);
            passScore = attempt.getPassScore();
        } else if (!admitted(application, sitting)) {
            phase = TestState.Phase.NOT_ADMITTED;
        } else if (now.isBefore(sitting.getOpensAt())) {
            phase = TestState.Phase.NOT_YET_OPEN;
        } else {
            phase = sitting.admitsStartAt(now) ? TestState.Phase.OPEN : TestState.Phase.MISSED;
        }
        return new TestState(application.getId(), application.getVacancy().getId(), application.getRegistrationNumber(), title,
                phase, sitting.getOpensAt(), sitting.getClosesAt(), sitting.getTimeLimitMinutes(), sitting.questionCount(),
                passScore, running, result);
    }

    private boolean admitted(Application application, ExamSitting sitting) {
        try {
            results.requireSitting(application, sitting.questionCount());
            return true;
        } catch (BusinessException notAdmitted) {
            return false;
        }
    }

    private TestState.Running running(ExamAttempt attempt, Instant now) {
        List<TestState.PosedQuestion> questions = scoring.answersOf(attempt).stream().map(answer -> {
            Wording wording = answer.getQuestion().in(attempt.getLanguage());
            List<String> shown = new ArrayList<>();
            for (int place = 0; place < 4; place++) {
                shown.add(wording.option(answer.optionShownAt(place)));
            }
            return new TestState.PosedQuestion(answer.getPosition(), wording.getText(), List.copyOf(shown), answer.chosenPlace());
        }).toList();
        return new TestState.Running(attempt.getId(), attempt.getLanguage(), attempt.getEndsAt(),
                attempt.remainingAt(now).toSeconds(), questions);
    }

    private Application ownApplication(long applicationId, UserAccount account) {
        return results.ownApplication(applicationId, account);
    }

    private Optional<ExamAttempt> attemptOf(Application application, boolean lock) {
        return em.createNamedQuery("ExamAttempt.ofApplication", ExamAttempt.class)
                .setParameter("application", application)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst();
    }

    private static BusinessException refusalFor(ExamAttempt attempt) {
        return new BusinessException(attempt.isSubmitted() ? "exam.alreadySubmitted" : "exam.timeUp");
    }

    /**
     * The caller's attempt. Consent is not asked again here: a policy published mid-test must not cost
     * the candidate their test; it was checked when they started.
     */
    private ExamAttempt ownAttempt(long attemptId) {
        UserAccount account = caller.account();
        ExamAttempt attempt = em.find(ExamAttempt.class, attemptId);
        if (attempt == null || attempt.getAccountId() != account.getId()) {
            throw new BusinessException("exam.attemptNotFound");
        }
        return attempt;
    }
}
