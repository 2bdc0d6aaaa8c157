package kg.gov.kuzmat.exam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.selection.Application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate's one attempt at a competition's test. Its end is fixed on the server when it starts:
 * a closed browser or a lost connection does not stop the clock, and once the end has passed nothing
 * more is saved and the attempt is scored with what was saved.
 */
@Entity
@Table(name = "exam_attempt")
@NamedQuery(name = "ExamAttempt.ofApplication", query = "SELECT a FROM ExamAttempt a WHERE a.application = :application")
@NamedQuery(name = "ExamAttempt.overdueIds",
        query = "SELECT a.id FROM ExamAttempt a WHERE a.submittedAt IS NULL AND a.endsAt <= :now ORDER BY a.endsAt")
@NamedQuery(name = "ExamAttempt.countOfSitting", query = "SELECT COUNT(a) FROM ExamAttempt a WHERE a.sitting = :sitting")
@NamedQuery(name = "ExamAttempt.finishedOfSitting",
        query = "SELECT a FROM ExamAttempt a JOIN FETCH a.application WHERE a.sitting = :sitting AND a.submittedAt IS NOT NULL"
                + " ORDER BY a.score DESC, a.id")
public class ExamAttempt {

    /** How an attempt ended. */
    public enum Submission {
        CANDIDATE, TIME_UP
    }

    @Id
    @SequenceGenerator(name = "exam_attempt_seq", sequenceName = "exam_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_attempt_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private ExamSitting sitting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_how", length = 20)
    private Submission submittedHow;

    private Integer score;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questionCount;

    @Column(name = "pass_score", nullable = false, updatable = false)
    private int passScore;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ExamAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected ExamAttempt() {
        // for JPA
    }

    ExamAttempt(ExamSitting sitting, Application application, long accountId, String language, int passScore, Instant now) {
        this.sitting = sitting;
        this.application = application;
        this.accountId = accountId;
        this.language = language;
        this.startedAt = now;
        this.endsAt = now.plus(sitting.timeLimit());
        this.passScore = passScore;
        this.questionCount = sitting.questionCount();
    }

    void pose(ExamQuestion question, String optionOrder) {
        answers.add(new ExamAnswer(this, answers.size() + 1, question, optionOrder));
    }

    boolean isRunningAt(Instant now) {
        return submittedAt == null && now.isBefore(endsAt);
    }

    boolean isOverdueAt(Instant now) {
        return submittedAt == null && !now.isBefore(endsAt);
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Scores what was saved. Time running out ends the attempt at its end, whenever the server notices. */
    void finish(Instant now, Submission how, List<ExamAnswer> variant) {
        submittedHow = how;
        submittedAt = how == Submission.TIME_UP ? endsAt : now;
        score = (int) variant.stream().filter(ExamAnswer::isCorrect).count();
    }

    public boolean passed() {
        return score != null && score >= passScore;
    }

    public Duration remainingAt(Instant now) {
        return isRunningAt(now) ? Duration.between(now, endsAt) : Duration.ZERO;
    }

    public Long getId() {
        return id;
    }

    public ExamSitting getSitting() {
        return sitting;
    }

    public Application getApplication() {
        return application;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Submission getSubmittedHow() {
        return submittedHow;
    }

    public Integer getScore() {
        return score;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getPassScore() {
        return passScore;
    }

    public List<ExamAnswer> getAnswers() {
        return answers;
    }
}
