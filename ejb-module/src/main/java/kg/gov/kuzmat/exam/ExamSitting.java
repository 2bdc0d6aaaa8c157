package kg.gov.kuzmat.exam;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A competition's computer test: the window in which admitted candidates may start, and the
 * specification copied when it was scheduled, so that a later edit of the specification changes no
 * scheduled test; the pass score is the competition's, set from the specification when scheduled. A
 * candidate who starts late in the window still gets the whole time limit.
 */
@Entity
@Table(name = "exam_sitting")
public class ExamSitting {

    @Id
    @Column(name = "vacancy_id")
    private Long vacancyId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_sitting_topic", joinColumns = @JoinColumn(name = "vacancy_id"))
    private List<TopicShare> plan = new ArrayList<>();

    @Version
    private long version;

    protected ExamSitting() {
        // for JPA
    }

    ExamSitting(long vacancyId) {
        this.vacancyId = vacancyId;
    }

    void schedule(ExamSpecification specification, Instant opens, Instant closes) {
        reschedule(opens, closes);
        timeLimitMinutes = specification.getTimeLimitMinutes();
        plan.clear();
        specification.getShares().forEach(share -> plan.add(share.copy()));
    }

    void reschedule(Instant opens, Instant closes) {
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new BusinessException("exam.windowInvalid");
        }
        opensAt = opens;
        closesAt = closes;
    }

    /** Candidates may start from the opening to the closing of the window. */
    boolean admitsStartAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    Duration timeLimit() {
        return Duration.ofMinutes(timeLimitMinutes);
    }

    public int questionCount() {
        return plan.stream().mapToInt(TopicShare::getQuestionCount).sum();
    }

    public Long getVacancyId() {
        return vacancyId;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public List<TopicShare> getPlan() {
        return List.copyOf(plan);
    }

    public long getVersion() {
        return version;
    }
}
