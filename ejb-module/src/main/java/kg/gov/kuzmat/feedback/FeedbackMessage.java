package kg.gov.kuzmat.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.platform.BusinessException;

import java.io.Serializable;
import java.time.Instant;

/** A message sent through the public feedback form, and the administrator's answer. */
@Entity
@Table(name = "feedback_message")
@NamedQuery(name = "FeedbackMessage.inbox", query = "SELECT m FROM FeedbackMessage m ORDER BY m.receivedAt DESC, m.id DESC")
public class FeedbackMessage implements Serializable {

    @Id
    @SequenceGenerator(name = "feedback_message_seq", sequenceName = "feedback_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_message_seq")
    private Long id;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "sender_name", nullable = false, length = 200, updatable = false)
    private String senderName;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(nullable = false, length = 4000, updatable = false)
    private String message;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(length = 45, updatable = false)
    private String address;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(length = 4000)
    private String answer;

    @Version
    private long version;

    protected FeedbackMessage() {
        // for JPA
    }

    FeedbackMessage(String senderName, String email, String message, String language, String address, Instant receivedAt) {
        this.senderName = senderName;
        this.email = email;
        this.message = message;
        this.language = language;
        this.address = address == null || address.length() <= 45 ? address : address.substring(0, 45);
        this.receivedAt = receivedAt;
    }

    void answer(String text, String by, Instant at) {
        if (answeredAt != null) {
            throw new BusinessException("feedback.alreadyAnswered");
        }
        answer = text;
        answeredBy = by;
        answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getEmail() {
        return email;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public String getAddress() {
        return address;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAnswer() {
        return answer;
    }
}
