package kg.gov.kuzmat.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** How many questions of one topic a test draws. */
@Embeddable
public class TopicShare implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    protected TopicShare() {
        // for JPA
    }

    public TopicShare(long topicId, int questionCount) {
        this.topicId = topicId;
        this.questionCount = questionCount;
    }

    /**
     * A copy for another entity's collection: an embeddable instance belongs to one owner, and the
     * provider writes a shared one for only one of them.
     */
    TopicShare copy() {
        return new TopicShare(topicId, questionCount);
    }

    public long getTopicId() {
        return topicId;
    }

    public int getQuestionCount() {
        return questionCount;
    }
}
