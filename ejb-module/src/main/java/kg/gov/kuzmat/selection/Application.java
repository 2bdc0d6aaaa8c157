package kg.gov.kuzmat.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An applicant's application to one vacancy. What the commission reviews is the snapshot taken when it
 * was made (profile as JSON, documents copied), never the applicant's profile as it is later.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = "Application.ofApplicant",
        query = "SELECT a FROM Application a JOIN FETCH a.vacancy v JOIN FETCH v.agency WHERE a.applicant = :applicant"
                + " ORDER BY a.submittedAt DESC, a.id DESC")
@NamedQuery(name = "Application.ofVacancy",
        query = "SELECT a FROM Application a WHERE a.vacancy = :vacancy ORDER BY a.submittedAt, a.id")
@NamedQuery(name = "Application.countOf",
        query = "SELECT COUNT(a) FROM Application a WHERE a.vacancy = :vacancy AND a.applicant = :applicant")
@NamedQuery(name = "Application.countByApplicantAndAgency",
        query = "SELECT COUNT(a) FROM Application a WHERE a.applicant = :applicant AND a.vacancy.agency = :agency")
public class Application {

    /** What stands in for a free text once the retention schedule has anonymised it. */
    static final String ANONYMISED_TEXT = "—";

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_account_id", nullable = false, updatable = false)
    private UserAccount applicant;

    @Column(name = "registration_number", nullable = false, updatable = false, length = 30)
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Stage stage;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "processing_consent", nullable = false, updatable = false)
    private boolean processingConsent;

    @Column(name = "anti_corruption_ack", nullable = false, updatable = false)
    private boolean antiCorruptionAcknowledged;

    @Column(name = "accuracy_confirmed", nullable = false, updatable = false)
    private boolean accuracyConfirmed;

    /**
     * Never edited, only anonymised when retention ends: the column must stay updatable, or the
     * anonymisation would change the entity and write nothing (EclipseLink leaves such a column out).
     */
    @Column(nullable = false, length = 100000)
    private String snapshot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome = Outcome.IN_PROGRESS;

    @Column(name = "outcome_reason", length = 1000)
    private String outcomeReason;

    @Column(name = "test_score")
    private Integer testScore;

    @Column(name = "test_score_reason", length = 500)
    private String testScoreReason;

    @Column(name = "interview_score", precision = 5, scale = 2)
    private BigDecimal interviewScore;

    @ElementCollection
    @CollectionTable(name = "interview_score", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<InterviewScore> interviewScores = new ArrayList<>();

    @OneToMany(mappedBy = "application")
    @OrderBy("happenedAt, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "application")
    @OrderBy("id")
    private List<ApplicationDocument> documents = new ArrayList<>();

    /** When the file of an unsuccessful candidate was anonymised under the retention rules. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    Application(Vacancy vacancy, UserAccount applicant, ApplicationConfirmations confirmations, String snapshot, Instant now) {
        if (!confirmations.all()) {
            throw new BusinessException("application.confirmationsRequired");
        }
        this.vacancy = vacancy;
        this.applicant = applicant;
        this.processingConsent = true;
        this.antiCorruptionAcknowledged = true;
        this.accuracyConfirmed = true;
        this.snapshot = snapshot;
        this.submittedAt = now;
        this.stage = Stage.DOCUMENT_ACCEPTANCE;
    }

    /** The number the applicant quotes: year of submission and the application's id, known once persisted. */
    void number(ZoneId zone) {
        registrationNumber = "KZ-" + LocalDate.ofInstant(submittedAt, zone).getYear() + "-" + String.format("%07d", id);
    }

    ApplicationEvent record(Instant at, ApplicationEvent.Kind kind, String detail, String actor) {
        ApplicationEvent event = new ApplicationEvent(this, at, kind, detail, actor);
        events.add(event);
        return event;
    }

    ApplicationDocument attach(DocumentKind kind, String fileName, String contentType, byte[] content) {
        ApplicationDocument document = new ApplicationDocument(this, kind, fileName, contentType, content);
        documents.add(document);
        return document;
    }

    /** Withdrawn by the applicant: only while documents are accepted, and before the deadline. */
    void withdraw(Clock clock) {
        if (stage != Stage.DOCUMENT_ACCEPTANCE) {
            throw new BusinessException("application.notWithdrawable");
        }
        if (!vacancy.isOpenForApplications(clock)) {
            throw new BusinessException("application.deadlinePassed");
        }
        stage = Stage.WITHDRAWN;
    }

    /**
     * Deleted when its applicant erases their account: withdrawn, or its competition still takes
     * applications. Any other belongs to a competition's record and follows the retention schedule.
     */
    boolean goesWithTheAccount(Clock clock) {
        return stage == Stage.WITHDRAWN || vacancy.isOpenForApplications(clock);
    }

    /** Still competing at the given stage of the competition. */
    boolean isCompetingAt(CompetitionStage stage) {
        return outcome == Outcome.IN_PROGRESS && this.stage == stage.candidatesStage();
    }

    /** Document acceptance is over: every application still standing goes to review. */
    void toReview() {
        stage = Stage.DOCUMENT_REVIEW;
    }

    /** Admitted from the competition's current stage to the next. */
    void admit(CompetitionStage current) {
        requireCompetingAt(current);
        stage = current.next().candidatesStage();
    }

    void notAdmit(CompetitionStage current, String reason) {
        requireCompetingAt(current);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("selection.reasonRequired");
        }
        outcome = Outcome.NOT_ADMITTED;
        outcomeReason = reason.strip();
    }

    /** The test result, entered by HR with the reason it is entered by hand (paper test, no computer test yet). */
    void scoreTest(Competition competition, int score, String reason) {
        requireCompetingAt(CompetitionStage.TESTING);
        if (score < 0 || score > competition.getMaxScore()) {
            throw new BusinessException("selection.scoreOutOfRange", competition.getMaxScore());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("selection.reasonRequired");
        }
        testScore = score;
        testScoreReason = reason.strip();
    }

    /** An appeal upheld while the competition is still at that stage: the candidate competes again. */
    void reinstate(CompetitionStage current) {
        if (outcome != Outcome.NOT_ADMITTED || stage != current.candidatesStage()) {
            throw new BusinessException("appeal.cannotReinstate");
        }
        outcome = Outcome.IN_PROGRESS;
        outcomeReason = null;
    }

    /**
     * The competition went back from {@code from} to the stage before it: a candidate who had reached
     * {@code from}, or was not admitted to it, stands again at the stage before, undecided.
     */
    void backTo(CompetitionStage previous) {
        boolean reachedNext = outcome == Outcome.IN_PROGRESS && stage == previous.next().candidatesStage();
        boolean stoppedAtPrevious = outcome == Outcome.NOT_ADMITTED && stage == previous.candidatesStage()
                && previous == CompetitionStage.TESTING;
        if (reachedNext || stoppedAtPrevious) {
            stage = previous.candidatesStage();
            outcome = Outcome.IN_PROGRESS;
            outcomeReason = null;
        }
    }

    /** The threshold decided: not admitted to the interview, the score being the reason. */
    void notAdmitBelowPassScore() {
        requireCompetingAt(CompetitionStage.TESTING);
        outcome = Outcome.NOT_ADMITTED;
    }

    boolean passedTest(Competition competition) {
        return testScore != null && testScore >= competition.getPassScore();
    }

    void scoreInterview(List<InterviewScore> scores) {
        requireCompetingAt(CompetitionStage.INTERVIEW);
        if (scores == null || scores.isEmpty()) {
            throw new BusinessException("selection.interviewScoresRequired");
        }
        for (InterviewScore score : scores) {
            if (score.getMember() == null || score.getMember().isBlank()
                    || score.getScore() < 0 || score.getScore() > InterviewScore.MAX) {
                throw new BusinessException("selection.interviewScoreInvalid", InterviewScore.MAX);
            }
        }
        interviewScores.clear();
        interviewScores.addAll(scores);
        interviewScore = BigDecimal.valueOf(scores.stream().mapToInt(InterviewScore::getScore).sum())
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    void decide(Outcome decided) {
        requireCompetingAt(CompetitionStage.INTERVIEW);
        outcome = decided;
    }

    private void requireCompetingAt(CompetitionStage current) {
        if (!isCompetingAt(current)) {
            throw new BusinessException("selection.notAtThisStage", registrationNumber);
        }
    }

    /** The retention rules' end of an unsuccessful candidate's file: what identified them goes, the result stays. */
    void anonymise(String anonymousSnapshot, Instant now) {
        snapshot = anonymousSnapshot;
        anonymisedAt = now;
        documents.clear();
        // The officers' words about the person may name them; the result and the scores stay.
        outcomeReason = outcomeReason == null ? null : ANONYMISED_TEXT;
        testScoreReason = testScoreReason == null ? null : ANONYMISED_TEXT;
    }

    /** The applicant erased their account: the record keeps who applied and with what, not how to reach them. */
    void keepOnlyForTheRecord(String snapshotWithoutContacts) {
        snapshot = snapshotWithoutContacts;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Long getId() {
        return id;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public Integer getTestScore() {
        return testScore;
    }

    public String getTestScoreReason() {
        return testScoreReason;
    }

    public BigDecimal getInterviewScore() {
        return interviewScore;
    }

    public List<InterviewScore> getInterviewScores() {
        return Collections.unmodifiableList(interviewScores);
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    UserAccount getApplicant() {
        return applicant;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSnapshot() {
        return snapshot;
    }

    public List<ApplicationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<ApplicationDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public long getVersion() {
        return version;
    }
}
