package kg.gov.kuzmat.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of an attempt's log. There is no update path: the log is only ever appended to. */
@Entity
@Table(name = "exam_attempt_event")
@NamedQuery(name = "ExamAttemptEvent.ofAttempt",
        query = "SELECT e FROM ExamAttemptEvent e WHERE e.attemptId = :attempt ORDER BY e.happenedAt, e.id")
public class ExamAttemptEvent {

    /** What happened during the attempt. */
    public enum Kind {
        STARTED, RESUMED, ANSWERED, ANSWER_REFUSED, SUBMITTED, TIME_UP
    }

    @Id
    @SequenceGenerator(name = "exam_attempt_event_seq", sequenceName = "exam_attempt_event_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_attempt_event_seq")
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(length = 200, updatable = false)
    private String detail;

    /** Updatable only so that erasure and retention can clear it: a bulk update must be able to write it. */
    @Column(length = 45)
    private String address;

    protected ExamAttemptEvent() {
        // for JPA
    }

    ExamAttemptEvent(long attemptId, Instant happenedAt, Kind kind, String detail, String address) {
        this.attemptId = attemptId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.detail = detail;
        this.address = address == null || address.length() <= 45 ? address : address.substring(0, 45);
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
