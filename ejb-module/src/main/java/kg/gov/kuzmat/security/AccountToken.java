package kg.gov.kuzmat.security;

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

import java.time.Duration;
import java.time.Instant;

/** A single-use, expiring token mailed to an account's address. Only its SHA-256 hash is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = "AccountToken.byHash", query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.unusedOf",
        query = "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
@NamedQuery(name = "AccountToken.deleteOf", query = "DELETE FROM AccountToken t WHERE t.account = :account")
public class AccountToken {

    public enum Purpose {
        CONFIRM_EMAIL(Duration.ofHours(48)),
        RESET_PASSWORD(Duration.ofHours(1)),
        /** An HR officer's first password, set through the link of the administrator's invitation. */
        INVITATION(Duration.ofDays(7));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    AccountToken(UserAccount account, Purpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    UserAccount getAccount() {
        return account;
    }

    Purpose getPurpose() {
        return purpose;
    }
}
