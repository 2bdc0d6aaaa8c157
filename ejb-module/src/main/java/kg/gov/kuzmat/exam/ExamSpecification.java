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
import kg.gov.kuzmat.vacancy.PositionGroup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The test of a position group: how many questions of which topics, the time limit, the pass score. */
@Entity
@Table(name = "exam_specification")
public class ExamSpecification implements Serializable {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_QUESTIONS = 200;

    @Id
    @Column(name = "position_group", length = 20)
    private String positionGroup;

    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @Column(name = "pass_score", nullable = false)
    private int passScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_specification_topic", joinColumns = @JoinColumn(name = "position_group"))
    private List<TopicShare> shares = new ArrayList<>();

    @Version
    private long version;

    protected ExamSpecification() {
        // for JPA
    }

    ExamSpecification(PositionGroup group) {
        this.positionGroup = group.name();
    }

    void define(int minutes, int pass, List<TopicShare> newShares) {
        if (newShares == null || newShares.isEmpty() || newShares.stream().anyMatch(s -> s.getQuestionCount() < 1)) {
            throw new BusinessException("exam.specificationNeedsTopics");
        }
        if (new HashSet<>(newShares.stream().map(TopicShare::getTopicId).toList()).size() != newShares.size()) {
            throw new BusinessException("exam.specificationTopicTwice");
        }
        int total = newShares.stream().mapToInt(TopicShare::getQuestionCount).sum();
        if (total > MAX_QUESTIONS) {
            throw new BusinessException("exam.specificationTooLong", MAX_QUESTIONS);
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new BusinessException("exam.timeLimitInvalid", MIN_MINUTES, MAX_MINUTES);
        }
        if (pass < 1 || pass > total) {
            throw new BusinessException("exam.passScoreInvalid", total);
        }
        timeLimitMinutes = minutes;
        passScore = pass;
        shares.clear();
        newShares.forEach(share -> shares.add(share.copy()));
    }

    public int questionCount() {
        return shares.stream().mapToInt(TopicShare::getQuestionCount).sum();
    }

    public PositionGroup getPositionGroup() {
        return PositionGroup.valueOf(positionGroup);
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getPassScore() {
        return passScore;
    }

    public List<TopicShare> getShares() {
        return List.copyOf(shares);
    }

    public long getVersion() {
        return version;
    }
}
