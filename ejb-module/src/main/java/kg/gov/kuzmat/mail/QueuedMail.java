package kg.gov.kuzmat.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * A mail in the outbox. It is due while it has a next attempt; each failure waits twice as long as the
 * one before (1, 2, 4 … minutes with the default interval, at most an hour) and after
 * {@value #MAX_ATTEMPTS} attempts (about a day) it is given up and kept, unsent, for the administrator.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "QueuedMail.due",
        query = "SELECT m.id FROM QueuedMail m WHERE m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = "QueuedMail.deleteSentBefore", query = "DELETE FROM QueuedMail m WHERE m.sentAt < :before")
@NamedQuery(name = "QueuedMail.deleteGivenUpBefore",
        query = "DELETE FROM QueuedMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt IS NULL AND m.createdAt < :before")
@NamedQuery(name = "QueuedMail.deleteTo", query = "DELETE FROM QueuedMail m WHERE m.recipient = :recipient")
public class QueuedMail {

    static final int MAX_ATTEMPTS = 30;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    /** Emptied once sent: it may hold a single-use link, which a copy of the database must not give away. */
    @Column(nullable = false, length = 100000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected QueuedMail() {
        // for JPA
    }

    QueuedMail(Mail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
        this.body = mail.text();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    Mail mail() {
        return new Mail(recipient, subject, body);
    }

    boolean isDueAt(Instant now) {
        return nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        body = "";
        nextAttemptAt = null;
        lastError = null;
    }

    void failed(Instant now, String error, Duration firstWait) {
        attempts++;
        String told = Outbox.withoutAddresses(error);
        lastError = told == null ? null : told.length() > 500 ? told.substring(0, 500) : told;
        if (attempts >= MAX_ATTEMPTS) {
            nextAttemptAt = null;
            return;
        }
        long seconds = Math.min(LONGEST_WAIT.toSeconds(), firstWait.toSeconds() << Math.min(attempts - 1, 12));
        nextAttemptAt = now.plus(Duration.ofSeconds(seconds));
    }

    public Long getId() {
        return id;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
