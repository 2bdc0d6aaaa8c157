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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One dated step of an application's timeline: who did what, and anything the candidate is told. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    /** The actor of what the candidate did themselves: their address would outlive their account here. */
    public static final String CANDIDATE = "candidate";

    /**
     * What happened. The detail is data for the candidate's page to word in their language: the stage
     * admitted to, the reason not admitted, the invitation, "score/max/pass", the average, the outcome.
     */
    public enum Kind {
        SUBMITTED, WITHDRAWN, ADMITTED, NOT_ADMITTED, INVITED, TEST_SCORED, INTERVIEW_SCORED, DECIDED, APPEALED, APPEAL_DECIDED,
        STAGE_REOPENED;

        /** A result the candidate may appeal against. */
        public boolean isAppealable() {
            return this == NOT_ADMITTED || this == TEST_SCORED || this == INTERVIEW_SCORED || this == DECIDED;
        }
    }

    @Id
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Kind kind;

    @Column(length = 1000, updatable = false)
    private String detail;

    /** Who acted: an officer's address, or {@link #CANDIDATE} (the candidate's own address is not copied here). */
    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(Application application, Instant happenedAt, Kind kind, String detail, String actor) {
        this.application = application;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.detail = detail;
        this.actor = actor;
    }

    /** A result the candidate may appeal against: any but winning the competition, which wrongs nobody who won it. */
    public boolean isAppealableResult() {
        return kind.isAppealable() && !(kind == Kind.DECIDED && Outcome.WINNER.name().equals(detail));
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
}
