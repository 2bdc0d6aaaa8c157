package kg.gov.kuzmat.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.selection.CompetitionStep.Kind;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static kg.gov.kuzmat.selection.CompetitionStep.text;

/**
 * The HR officer runs the competition of their own agency's vacancy through its stages: document
 * review (admit or not, with a reason; verify each document), testing (scores entered with a reason,
 * the threshold decides), the commission's interview (members' scores averaged) and the decision
 * (winner, personnel reserve, not selected). The order is enforced here: no stage skipped or reopened,
 * no result before its stage, nothing after the decision. Every step is recorded for the competition
 * and, where it concerns a candidate, on their timeline with a mail sent after commit.
 */
@Stateless
@RolesAllowed(Role.Names.HR_OFFICER)
public class Competitions {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private Snapshots snapshots;

    @Inject
    private CandidateNews news;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public CompetitionView view(long vacancyId) {
        return viewOf(competition(vacancyId));
    }

    /** The competition for its protocol: its candidates' names leave the portal as a file, so it is audited. */
    public CompetitionView protocol(long vacancyId) {
        CompetitionView view = view(vacancyId);
        audit.record(AuditAction.EXPORT, null, RecordedText.write("auditDetail.protocolExported", RecordedText.text(vacancyId),
                RecordedText.text(view.candidates().size())));
        return view;
    }

    /** Opens the next stage; testing and interview need the invitation (date, time, place) sent to those admitted. */
    public CompetitionView advance(long vacancyId, long expectedVersion, String invitation) {
        Competition competition = competition(vacancyId);
        requireVersion(competition, expectedVersion);
        CompetitionStage from = competition.getStage();
        List<Application> applications = applications(competition);
        if (from == CompetitionStage.DOCUMENT_REVIEW
                && applications.stream().anyMatch(a -> a.isCompetingAt(CompetitionStage.DOCUMENT_REVIEW))) {
            throw new BusinessException("competition.undecidedCandidates");
        }
        if (from == CompetitionStage.TESTING
                && applications.stream().anyMatch(a -> a.isCompetingAt(from) && a.getTestScore() == null)) {
            throw new BusinessException("competition.missingScores");
        }
        competition.advance(clock, invitation);
        String officer = officer();
        for (Application application : applications) {
            if (from == CompetitionStage.DOCUMENT_ACCEPTANCE && application.isCompetingAt(from)) {
                application.toReview();
            } else if (from == CompetitionStage.TESTING && application.isCompetingAt(from)) {
                if (application.passedTest(competition)) {
                    application.admit(from);
                    news.tell(application, ApplicationEvent.Kind.ADMITTED, Stage.INTERVIEW.name(), officer);
                } else {
                    application.notAdmitBelowPassScore();
                    news.tell(application, ApplicationEvent.Kind.NOT_ADMITTED, null, officer);
                }
            }
        }
        CompetitionStage to = competition.getStage();
        if (to == CompetitionStage.TESTING || to == CompetitionStage.INTERVIEW) {
            applications.stream().filter(a -> a.isCompetingAt(to))
                    .forEach(a -> news.tell(a, ApplicationEvent.Kind.INVITED, invitation.strip(), officer));
        }
        record(competition, invitation == null
                ? CompetitionStep.write(Kind.STAGE, stage(from), stage(to))
                : CompetitionStep.write(Kind.STAGE_INVITED, stage(from), stage(to), text(invitation.strip())));
        return viewOf(competition);
    }

    /**
     * Goes back to the previous stage, with the reason recorded and told to the candidates concerned:
     * those who had reached the current stage stand again at the previous one, undecided. Not once any
     * result of the current stage is entered, and never after the decision.
     */
    public CompetitionView stepBack(long vacancyId, long expectedVersion, String reason) {
        Competition competition = competition(vacancyId);
        requireVersion(competition, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("selection.reasonRequired");
        }
        CompetitionStage current = competition.getStage();
        List<Application> applications = applications(competition);
        boolean resultsEntered = applications.stream().anyMatch(a -> a.getStage() == current.candidatesStage()
                && (current == CompetitionStage.TESTING ? a.getTestScore() != null : a.getInterviewScore() != null));
        if (resultsEntered) {
            throw new BusinessException("competition.resultsEntered");
        }
        competition.stepBack();
        CompetitionStage previous = competition.getStage();
        String officer = officer();
        for (Application application : applications) {
            Stage before = application.getStage();
            Outcome outcomeBefore = application.getOutcome();
            application.backTo(previous);
            if (application.getStage() != before || application.getOutcome() != outcomeBefore) {
                news.tell(application, ApplicationEvent.Kind.STAGE_REOPENED, reason.strip(), officer);
            }
        }
        record(competition, CompetitionStep.write(Kind.STEP_BACK, stage(current), stage(previous), text(reason.strip())));
        return viewOf(competition);
    }

    /** Admits the chosen candidates under review to testing. */
    public CompetitionView admit(long vacancyId, Set<Long> applicationIds) {
        Competition competition = competition(vacancyId);
        competition.requireAt(CompetitionStage.DOCUMENT_REVIEW);
        String officer = officer();
        for (Application application : chosen(competition, applicationIds)) {
            application.admit(CompetitionStage.DOCUMENT_REVIEW);
            news.tell(application, ApplicationEvent.Kind.ADMITTED, Stage.TESTING.name(), officer);
            record(competition, CompetitionStep.write(Kind.ADMITTED, text(application.getRegistrationNumber()),
                    CompetitionStep.code("stage.", Stage.TESTING)));
        }
        return viewOf(competition);
    }

    /** Does not admit the chosen candidates under review; one reason for all, told to each. */
    public CompetitionView notAdmit(long vacancyId, Set<Long> applicationIds, String reason) {
        Competition competition = competition(vacancyId);
        competition.requireAt(CompetitionStage.DOCUMENT_REVIEW);
        String officer = officer();
        for (Application application : chosen(competition, applicationIds)) {
            application.notAdmit(CompetitionStage.DOCUMENT_REVIEW, reason);
            news.tell(application, ApplicationEvent.Kind.NOT_ADMITTED, application.getOutcomeReason(), officer);
            record(competition, CompetitionStep.write(Kind.NOT_ADMITTED, text(application.getRegistrationNumber()),
                    text(application.getOutcomeReason())));
        }
        return viewOf(competition);
    }

    /** Policy 2.1.4: one submitted document compared with its original. */
    public void verifyDocument(long applicationId, long documentId, boolean matches, String note) {
        Application application = ofOwnAgency(applicationId);
        Competition competition = competition(application.getVacancy().getId());
        competition.requireAt(CompetitionStage.DOCUMENT_REVIEW);
        ApplicationDocument document = application.getDocuments().stream()
                .filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new BusinessException("document.notFound"));
        document.verify(matches, note, officer(), clock.instant());
        record(competition, matches
                ? CompetitionStep.write(Kind.DOCUMENT_MATCHES, text(application.getRegistrationNumber()), text(documentId))
                : CompetitionStep.write(Kind.DOCUMENT_DIFFERS, text(application.getRegistrationNumber()), text(documentId), text(note)));
    }

    /** The test result, entered by hand with its reason; {@code expectedVersion} is the candidate's version the officer saw. */
    public void recordTestScore(long applicationId, long expectedVersion, int score, String reason) {
        Application application = ofOwnAgency(applicationId);
        requireVersion(application, expectedVersion);
        Competition competition = competition(application.getVacancy().getId());
        competition.requireAt(CompetitionStage.TESTING);
        application.scoreTest(competition, score, reason);
        news.tell(application, ApplicationEvent.Kind.TEST_SCORED,
                score + "/" + competition.getMaxScore() + "/" + competition.getPassScore(), officer());
        record(competition, CompetitionStep.write(Kind.TEST_SCORE, text(application.getRegistrationNumber()), text(score),
                text(reason.strip())));
        flush();
    }

    public void recordInterview(long applicationId, long expectedVersion, List<InterviewScore> scores) {
        Application application = ofOwnAgency(applicationId);
        requireVersion(application, expectedVersion);
        Competition competition = competition(application.getVacancy().getId());
        competition.requireAt(CompetitionStage.INTERVIEW);
        application.scoreInterview(scores);
        news.tell(application, ApplicationEvent.Kind.INTERVIEW_SCORED, application.getInterviewScore().toPlainString(), officer());
        record(competition, CompetitionStep.write(Kind.INTERVIEW, text(application.getRegistrationNumber()),
                text(application.getInterviewScore().toPlainString()), text(scores.size())));
        flush();
    }

    /** The final decision: one winner, those recommended to the reserve, everyone else at interview not selected. */
    public CompetitionView decide(long vacancyId, long expectedVersion, long winnerId, Set<Long> reserveIds) {
        Competition competition = competition(vacancyId);
        requireVersion(competition, expectedVersion);
        competition.requireAt(CompetitionStage.INTERVIEW);
        List<Application> finalists = applications(competition).stream()
                .filter(a -> a.isCompetingAt(CompetitionStage.INTERVIEW)).toList();
        if (finalists.stream().anyMatch(a -> a.getInterviewScore() == null)) {
            throw new BusinessException("competition.missingScores");
        }
        if (finalists.stream().noneMatch(a -> a.getId() == winnerId) || reserveIds.contains(winnerId)
                || !finalists.stream().map(Application::getId).toList().containsAll(reserveIds)) {
            throw new BusinessException("competition.invalidDecision");
        }
        String officer = officer();
        for (Application finalist : finalists) {
            Outcome outcome = finalist.getId() == winnerId ? Outcome.WINNER
                    : reserveIds.contains(finalist.getId()) ? Outcome.RESERVE : Outcome.NOT_SELECTED;
            finalist.decide(outcome);
            if (outcome == Outcome.RESERVE) {
                em.persist(new ReserveEntry(finalist, LocalDate.now(clock), PersonnelReserve.months()));
            }
            news.tell(finalist, ApplicationEvent.Kind.DECIDED, outcome.name(), officer);
        }
        competition.decide(clock.instant());
        record(competition, CompetitionStep.write(Kind.DECISION, text(finalists.stream().filter(a -> a.getId() == winnerId)
                .findFirst().map(Application::getRegistrationNumber).orElseThrow()), text(reserveIds.size())));
        return viewOf(competition);
    }

    public static final int MAX_RECORDING_BYTES = 50 * 1024 * 1024;
    /** Years a recording is kept unless the system property {@value #RETENTION_PROPERTY} says otherwise. */
    public static final String RETENTION_PROPERTY = "kuzmat.recording.retention-years";

    /** Attaches a recording of a candidate's interview, from the interview stage on; kept 3 years by default. */
    public long attachRecording(long applicationId, String fileName, byte[] content) {
        Application application = ofOwnAgency(applicationId);
        Competition competition = competition(application.getVacancy().getId());
        if (competition.getStage() != CompetitionStage.INTERVIEW && competition.getStage() != CompetitionStage.DECIDED
                || application.getStage() != Stage.INTERVIEW) {
            throw new BusinessException("recording.notInterviewed");
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("document.empty");
        }
        if (content.length > MAX_RECORDING_BYTES) {
            throw new BusinessException("document.tooLarge", MAX_RECORDING_BYTES / (1024 * 1024));
        }
        RecordingType type = RecordingType.of(content).orElseThrow(() -> new BusinessException("recording.typeRefused"));
        String name = fileName == null || fileName.isBlank() ? "interview" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        InterviewRecording recording = new InterviewRecording(application, name, type, content, officer(), clock.instant(),
                LocalDate.now(clock).plusYears(Math.max(1, Integer.getInteger(RETENTION_PROPERTY, 3))));
        em.persist(recording);
        record(competition, CompetitionStep.write(Kind.RECORDING, text(application.getRegistrationNumber()),
                text((content.length + 1023) / 1024)));
        em.flush();
        return recording.getId();
    }

    /** The test's pass score and maximum for this competition (30 of 60 unless set), before testing opens. */
    public CompetitionView setTestScores(long vacancyId, long expectedVersion, int pass, int max) {
        Competition competition = competition(vacancyId);
        requireVersion(competition, expectedVersion);
        competition.setScores(pass, max);
        record(competition, CompetitionStep.write(Kind.PASS_SCORE, text(pass), text(max)));
        return viewOf(competition);
    }

    /** Name-blind review on or off, before the review starts. */
    public CompetitionView reviewNameBlind(long vacancyId, boolean on) {
        Competition competition = competition(vacancyId);
        competition.reviewNameBlind(on);
        record(competition, CompetitionStep.write(on ? Kind.NAME_BLIND_ON : Kind.NAME_BLIND_OFF));
        return viewOf(competition);
    }

    public List<AppealView> appeals(long vacancyId) {
        Competition competition = competition(vacancyId);
        return em.createNamedQuery("Appeal.ofVacancy", Appeal.class)
                .setParameter("vacancy", competition.getVacancy())
                .getResultStream().map(AppealView::of).toList();
    }

    /**
     * The agency's decision on an appeal, with its reason, told to the candidate. An upheld appeal
     * against not being admitted, while the competition is still at that stage, puts the candidate back
     * into it; otherwise the decision is recorded and the officer corrects what it calls for.
     */
    public AppealView decideAppeal(long appealId, Appeal.Decision decision, String reason) {
        Appeal appeal = em.find(Appeal.class, appealId);
        if (appeal == null || !appeal.getApplication().getVacancy().belongsTo(callers.requireOfficersAgency())) {
            throw new BusinessException("appeal.notFound");
        }
        Application application = appeal.getApplication();
        Competition competition = competition(application.getVacancy().getId());
        appeal.decide(decision, reason, officer(), clock.instant());
        if (decision == Appeal.Decision.UPHELD && appeal.getAgainst() == ApplicationEvent.Kind.NOT_ADMITTED
                && competition.getStage() != CompetitionStage.DECIDED
                && application.getStage() == competition.getStage().candidatesStage()) {
            application.reinstate(competition.getStage());
        }
        news.tell(application, ApplicationEvent.Kind.APPEAL_DECIDED, decision.name(), officer());
        record(competition, CompetitionStep.write(Kind.APPEAL_DECIDED, text(application.getRegistrationNumber()),
                CompetitionStep.code("appealDecision.", decision), text(reason.strip())));
        flush();
        return AppealView.of(appeal);
    }

    private CompetitionView viewOf(Competition competition) {
        // Written first, so that the versions shown are the ones the next action must quote.
        flush();
        List<Application> applications = applications(competition);
        Map<Stage, Long> competing = new EnumMap<>(Stage.class);
        applications.stream().filter(a -> a.getOutcome() == Outcome.IN_PROGRESS && a.getStage() != Stage.WITHDRAWN)
                .forEach(a -> competing.merge(a.getStage(), 1L, Long::sum));
        boolean hidden = competition.hidesIdentity();
        List<CompetitionView.Candidate> candidates = applications.stream().map(a -> {
            Identity identity = snapshots.read(a.getSnapshot()).profile().identity();
            return new CompetitionView.Candidate(a.getId(), a.getVersion(), a.getRegistrationNumber(),
                    hidden ? null : identity.fullName(), a.getStage(), a.getOutcome(), a.getOutcomeReason(),
                    a.getTestScore(), a.getInterviewScore(), a.getDocuments().size(),
                    (int) a.getDocuments().stream().filter(d -> d.getVerified() != null).count());
        }).toList();
        List<CompetitionView.Entry> record = em.createNamedQuery("CompetitionEvent.ofVacancy", CompetitionEvent.class)
                .setParameter("vacancyId", competition.getVacancy().getId())
                .getResultStream()
                .map(e -> new CompetitionView.Entry(e.getHappenedAt(), e.getActor(), e.getWhat()))
                .toList();
        Vacancy vacancy = competition.getVacancy();
        return new CompetitionView(vacancy.getId(), competition.getVersion(), vacancy.getTitle(), vacancy.getAgency().getName(),
                competition.getStage(),
                competition.getPassScore(),
                competition.getMaxScore(), competition.getTestingInvitation(), competition.getInterviewInvitation(),
                competition.getDecidedAt(), competition.isNameBlind(), hidden, competing, candidates, record);
    }

    /** The competition of a vacancy of the officer's agency, begun when first looked at. */
    private Competition competition(long vacancyId) {
        Agency agency = callers.requireOfficersAgency();
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.belongsTo(agency)) {
            throw new BusinessException("vacancy.notFound");
        }
        Competition competition = em.find(Competition.class, vacancyId, LockModeType.PESSIMISTIC_WRITE);
        if (competition == null) {
            competition = new Competition(vacancy);
            em.persist(competition);
        }
        return competition;
    }

    private List<Application> applications(Competition competition) {
        return em.createNamedQuery("Application.ofVacancy", Application.class)
                .setParameter("vacancy", competition.getVacancy())
                .getResultList();
    }

    private List<Application> chosen(Competition competition, Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("selection.noneChosen");
        }
        List<Application> chosen = applications(competition).stream().filter(a -> ids.contains(a.getId())).toList();
        if (chosen.size() != ids.size()) {
            throw new BusinessException("application.notFound");
        }
        return chosen;
    }

    private Application ofOwnAgency(long applicationId) {
        Agency agency = callers.requireOfficersAgency();
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.getVacancy().belongsTo(agency)) {
            throw new BusinessException("application.notFound");
        }
        return application;
    }

    private static void requireVersion(Application application, long expected) {
        if (application.getVersion() != expected) {
            throw new BusinessException("selection.changedMeanwhile", application.getRegistrationNumber());
        }
    }

    private static void requireVersion(Competition competition, long expected) {
        if (competition.getVersion() != expected) {
            throw new BusinessException("competition.changedMeanwhile");
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new BusinessException("competition.changedMeanwhile");
        }
    }

    private static RecordedText.Detail stage(CompetitionStage stage) {
        return CompetitionStep.code("competitionStage.", stage);
    }

    private void record(Competition competition, String what) {
        em.persist(new CompetitionEvent(competition.getVacancy().getId(), clock.instant(), officer(), what));
    }

    private String officer() {
        return callers.currentName();
    }
}
