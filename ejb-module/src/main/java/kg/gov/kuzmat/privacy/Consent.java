package kg.gov.kuzmat.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Instant;
import java.util.Objects;

/** A person's acceptance of one policy version: when, and from which address and browser. */
@Entity
@Table(name = "consent")
@NamedQuery(name = "Consent.ofAccount",
        query = "SELECT c FROM Consent c JOIN FETCH c.policy WHERE c.account = :account ORDER BY c.acceptedAt DESC, c.id DESC")
@NamedQuery(name = "Consent.countInForce",
        query = "SELECT COUNT(c) FROM Consent c WHERE c.account = :account AND c.policy = :policy AND c.withdrawnAt IS NULL")
public class Consent {

    private static final int USER_AGENT_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    private PolicyVersion policy;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "user_agent", length = USER_AGENT_LENGTH)
    private String userAgent;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Consent() {
        // for JPA
    }

    Consent(UserAccount account, PolicyVersion policy, Instant acceptedAt, ConsentContext context) {
        this.account = Objects.requireNonNull(account, "account");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
        this.ipAddress = context.ipAddress();
        this.userAgent = context.userAgent() == null || context.userAgent().length() <= USER_AGENT_LENGTH
                ? context.userAgent() : context.userAgent().substring(0, USER_AGENT_LENGTH);
    }

    /**
     * The person withdrew consent by erasing their account: the record stays as proof of what was
     * consented to before, without the address and browser that could identify them.
     */
    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
        ipAddress = null;
        userAgent = null;
    }

    public Long getId() {
        return id;
    }

    public PolicyVersion getPolicy() {
        return policy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
