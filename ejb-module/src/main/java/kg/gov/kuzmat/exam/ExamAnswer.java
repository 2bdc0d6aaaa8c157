package kg.gov.kuzmat.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One position of a drawn variant: the question, the order its options were shown in (a permutation
 * of "ABCD"), and the option the candidate chose, in the question's own lettering.
 */
@Entity
@Table(name = "exam_answer")
@IdClass(ExamAnswer.Key.class)
@NamedQuery(name = "ExamAnswer.ofAttempt",
        query = "SELECT a FROM ExamAnswer a JOIN FETCH a.question WHERE a.attempt = :attempt ORDER BY a.position")
@NamedQuery(name = "ExamAnswer.statistics", query = "SELECT a.question.id, COUNT(a), SUM(CASE WHEN a.chosenOption ="
        + " a.question.correctOption THEN 1 ELSE 0 END) FROM ExamAnswer a WHERE a.attempt.submittedAt IS NOT NULL"
        + " GROUP BY a.question.id")
public class ExamAnswer {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private ExamAttempt attempt;

    @Id
    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private ExamQuestion question;

    @Column(name = "option_order", nullable = false, length = 4, updatable = false)
    private String optionOrder;

    @Column(name = "chosen_option")
    private Integer chosenOption;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ExamAnswer() {
        // for JPA
    }

    ExamAnswer(ExamAttempt attempt, int position, ExamQuestion question, String optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.question = question;
        this.optionOrder = optionOrder;
    }

    void choose(int option, Instant at) {
        chosenOption = option;
        answeredAt = at;
    }

    /** The place (1 to 4) at which the chosen option was shown, or null if none is chosen. */
    Integer chosenPlace() {
        return chosenOption == null ? null : optionOrder.indexOf((char) ('A' + chosenOption - 1)) + 1;
    }

    boolean isCorrect() {
        return question.isAnsweredBy(chosenOption);
    }

    /** The question's option number (1 to 4) shown at place {@code shownPlace} (0 to 3). */
    int optionShownAt(int shownPlace) {
        return optionOrder.charAt(shownPlace) - 'A' + 1;
    }

    public int getPosition() {
        return position;
    }

    public ExamQuestion getQuestion() {
        return question;
    }

    public String getOptionOrder() {
        return optionOrder;
    }

    public Integer getChosenOption() {
        return chosenOption;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The composite key: the attempt and the position in it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long attempt;
        private int position;

        public Key() {
            // for JPA
        }

        public Key(Long attempt, int position) {
            this.attempt = attempt;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(attempt, that.attempt) && position == that.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attempt, position);
        }
    }
}
