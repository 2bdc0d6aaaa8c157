package kg.gov.kuzmat.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audited event. Every column is insert-only; nothing in the application updates or removes an entry. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(length = 45, updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @Column(name = "subject_account_id", updatable = false)
    private Long subjectAccountId;

    @Column(length = 500, updatable = false)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant happenedAt, String actor, String address, AuditAction action, Long subjectAccountId, String detail) {
        this.happenedAt = happenedAt;
        this.actor = actor.length() > 254 ? actor.substring(0, 254) : actor;
        this.address = address == null || address.length() <= 45 ? address : address.substring(0, 45);
        this.action = action;
        this.subjectAccountId = subjectAccountId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getSubjectAccountId() {
        return subjectAccountId;
    }

    public String getDetail() {
        return detail;
    }
}
