package kg.gov.kuzmat.selection;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Instant;

/** A candidate's appeal against one result, and the agency's decision on it. */
@Entity
@Table(name = "appeal")
@NamedQuery(name = "Appeal.ofApplication", query = "SELECT a FROM Appeal a WHERE a.application = :application ORDER BY a.filedAt, a.id")
@NamedQuery(name = "Appeal.ofVacancy",
        query = "SELECT a FROM Appeal a JOIN FETCH a.application ap WHERE ap.vacancy = :vacancy ORDER BY a.filedAt, a.id")
public class Appeal {

    public enum Decision { UPHELD, REJECTED }

    @Id
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(name = "against_result", nullable = false, updatable = false, length = 30)
    private ApplicationEvent.Kind against;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    /** Updatable only for the retention schedule's anonymisation, which replaces the person's words. */
    @Column(nullable = false, length = 4000)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Version
    private long version;

    protected Appeal() {
        // for JPA
    }

    Appeal(Application application, ApplicationEvent.Kind against, String grounds, Instant now) {
        if (grounds == null || grounds.isBlank()) {
            throw new BusinessException("appeal.groundsRequired");
        }
        if (grounds.strip().length() > 4000) {
            throw new BusinessException("appeal.groundsTooLong", 4000);
        }
        this.application = application;
        this.against = against;
        this.grounds = grounds.strip();
        this.filedAt = now;
    }

    void decide(Decision decision, String reason, String officer, Instant now) {
        if (this.decision != null) {
            throw new BusinessException("appeal.alreadyDecided");
        }
        if (decision == null || reason == null || reason.isBlank()) {
            throw new BusinessException("selection.reasonRequired");
        }
        this.decision = decision;
        this.decisionReason = reason.strip();
        this.decidedBy = officer;
        this.decidedAt = now;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public Long getId() {
        return id;
    }

    Application getApplication() {
        return application;
    }

    public ApplicationEvent.Kind getAgainst() {
        return against;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getGrounds() {
        return grounds;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
