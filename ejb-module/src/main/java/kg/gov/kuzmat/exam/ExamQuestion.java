package kg.gov.kuzmat.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Instant;

/**
 * One revision of a test question, in Kyrgyz and Russian, with its correct option. A revision's words
 * and answer are never changed: an edit writes the next revision of the same lineage and retires this
 * one, so every finished attempt can still show exactly what the candidate was asked.
 */
@Entity
@Table(name = "exam_question")
@NamedQuery(name = "ExamQuestion.activeIdsOfTopic",
        query = "SELECT q.id FROM ExamQuestion q WHERE q.topic.id = :topic AND q.status = kg.gov.kuzmat.exam.QuestionStatus.ACTIVE")
@NamedQuery(name = "ExamQuestion.countActiveOfTopic",
        query = "SELECT COUNT(q) FROM ExamQuestion q WHERE q.topic.id = :topic AND q.status = kg.gov.kuzmat.exam.QuestionStatus.ACTIVE")
@NamedQuery(name = "ExamQuestion.lineage",
        query = "SELECT q FROM ExamQuestion q WHERE q.lineage = :lineage ORDER BY q.revision")
@NamedQuery(name = "ExamQuestion.activeWithText",
        query = "SELECT COUNT(q) FROM ExamQuestion q WHERE q.topic = :topic AND q.status IN (kg.gov.kuzmat.exam.QuestionStatus.ACTIVE,"
                + " kg.gov.kuzmat.exam.QuestionStatus.PROPOSED) AND LOWER(q.russian.text) = LOWER(:text)")
public class ExamQuestion {

    @Id
    @SequenceGenerator(name = "exam_question_seq", sequenceName = "exam_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_question_seq")
    private Long id;

    /** The id of the lineage's first revision. */
    @Column(nullable = false, updatable = false)
    private long lineage;

    @Column(nullable = false, updatable = false)
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false, updatable = false)
    private ExamTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "text_ky", nullable = false, updatable = false))
    @AttributeOverride(name = "optionA", column = @Column(name = "option_a_ky", nullable = false, updatable = false))
    @AttributeOverride(name = "optionB", column = @Column(name = "option_b_ky", nullable = false, updatable = false))
    @AttributeOverride(name = "optionC", column = @Column(name = "option_c_ky", nullable = false, updatable = false))
    @AttributeOverride(name = "optionD", column = @Column(name = "option_d_ky", nullable = false, updatable = false))
    private Wording kyrgyz;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "text_ru", nullable = false, updatable = false))
    @AttributeOverride(name = "optionA", column = @Column(name = "option_a_ru", nullable = false, updatable = false))
    @AttributeOverride(name = "optionB", column = @Column(name = "option_b_ru", nullable = false, updatable = false))
    @AttributeOverride(name = "optionC", column = @Column(name = "option_c_ru", nullable = false, updatable = false))
    @AttributeOverride(name = "optionD", column = @Column(name = "option_d_ru", nullable = false, updatable = false))
    private Wording russian;

    @Column(name = "correct_option", nullable = false, updatable = false)
    private int correctOption;

    @Column(name = "written_by", nullable = false, length = 254, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ExamQuestion() {
        // for JPA
    }

    private ExamQuestion(ExamTopic topic, QuestionStatus status, Wording kyrgyz, Wording russian, int correctOption,
                         String author, Instant at) {
        if (correctOption < 1 || correctOption > 4) {
            throw new BusinessException("exam.correctOptionInvalid");
        }
        this.topic = topic;
        this.status = status;
        this.kyrgyz = kyrgyz;
        this.russian = russian;
        this.correctOption = correctOption;
        this.writtenBy = author;
        this.writtenAt = at;
        this.revision = 1;
    }

    /** A new question; its lineage is its own id, known once persisted (see {@link #beginLineage()}). */
    static ExamQuestion written(ExamTopic topic, boolean proposal, Wording kyrgyz, Wording russian, int correctOption,
                                String author, Instant at) {
        ExamQuestion question = new ExamQuestion(topic, proposal ? QuestionStatus.PROPOSED : QuestionStatus.ACTIVE,
                kyrgyz, russian, correctOption, author, at);
        if (!proposal) {
            question.decidedBy = author;
            question.decidedAt = at;
        }
        return question;
    }

    void beginLineage() {
        lineage = id;
    }

    /** The next revision, active at once; this one retires. */
    ExamQuestion revised(Wording newKyrgyz, Wording newRussian, int newCorrectOption, String editor, Instant at) {
        if (status != QuestionStatus.ACTIVE) {
            throw new BusinessException("exam.onlyActiveRevised");
        }
        ExamQuestion next = new ExamQuestion(topic, QuestionStatus.ACTIVE, newKyrgyz, newRussian, newCorrectOption, editor, at);
        next.lineage = lineage;
        next.revision = revision + 1;
        next.decidedBy = editor;
        next.decidedAt = at;
        retire(editor, at);
        return next;
    }

    void retire(String by, Instant at) {
        if (status != QuestionStatus.ACTIVE) {
            throw new BusinessException("exam.onlyActiveRetired");
        }
        decide(QuestionStatus.RETIRED, by, at);
    }

    /** An administrator's decision on a proposal. */
    void decideProposal(boolean accepted, String by, Instant at) {
        if (status != QuestionStatus.PROPOSED) {
            throw new BusinessException("exam.notAProposal");
        }
        decide(accepted ? QuestionStatus.ACTIVE : QuestionStatus.REJECTED, by, at);
    }

    private void decide(QuestionStatus newStatus, String by, Instant at) {
        status = newStatus;
        decidedBy = by;
        decidedAt = at;
    }

    /** The wording in the candidate's test language: Kyrgyz, or Russian. */
    public Wording in(String language) {
        return "ky".equals(language) ? kyrgyz : russian;
    }

    boolean isAnsweredBy(Integer option) {
        return option != null && option == correctOption;
    }

    public Long getId() {
        return id;
    }

    public long getLineage() {
        return lineage;
    }

    public int getRevision() {
        return revision;
    }

    public ExamTopic getTopic() {
        return topic;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Wording getKyrgyz() {
        return kyrgyz;
    }

    public Wording getRussian() {
        return russian;
    }

    public int getCorrectOption() {
        return correctOption;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
