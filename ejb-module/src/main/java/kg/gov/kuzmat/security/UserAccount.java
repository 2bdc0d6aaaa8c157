package kg.gov.kuzmat.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import kg.gov.kuzmat.agency.Agency;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account that signs in with its e-mail address. An HR officer belongs to exactly one agency;
 * nobody else belongs to any. Repeated failed sign-ins lock the account for a while.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByEmail", query = "SELECT u FROM UserAccount u WHERE u.email = :email")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount implements Serializable {

    /** Kyrgyz, the state language, for a person whose language is not known. */
    public static final String DEFAULT_LANGUAGE = "ky";
    private static final Set<String> LANGUAGES = Set.of("ky", "ru", "en");
    private static final Pattern DELIVERABLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role_name", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = DEFAULT_LANGUAGE;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    /** When the person was told their unused account will be erased; a sign-in clears it. */
    @Column(name = "retention_warned_at")
    private Instant retentionWarnedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String email, String passwordHash, Set<Role> roles, Agency agency, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one role");
        }
        if (roles.contains(Role.HR_OFFICER) != (agency != null)) {
            throw new IllegalArgumentException("An HR officer belongs to exactly one agency, and nobody else to any");
        }
        this.roles = EnumSet.copyOf(roles);
        this.agency = agency;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** An address mail can be sent to: something, one @, a domain with a dot, no blanks; 254 characters at most. */
    public static boolean isDeliverable(String normalizedEmail) {
        return normalizedEmail != null && normalizedEmail.length() <= 254 && DELIVERABLE.matcher(normalizedEmail).matches();
    }

    /** E-mail addresses are compared without case and surrounding blanks. */
    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("An e-mail address is required");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A sign-in keeps the account in use: the retention clock starts again. */
    public void signedInAt(Instant now) {
        lastSignedInAt = now;
        retentionWarnedAt = null;
    }

    public void warnedOfRetention(Instant now) {
        retentionWarnedAt = now;
    }

    /** The last time the person used the account: their last sign-in, or the day they registered. */
    public Instant lastUsedAt() {
        return lastSignedInAt != null ? lastSignedInAt : createdAt;
    }

    public Instant getRetentionWarnedAt() {
        return retentionWarnedAt;
    }

    /** An account made by an administrator: the administrator vouches for the address. */
    public void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** A new password also ends a lock-out: whoever sets it proved they own the mailbox. */
    /** An HR officer moves to another agency; from their next action on they work for it. */
    public void moveTo(Agency newAgency) {
        if (!roles.contains(Role.HR_OFFICER) || newAgency == null) {
            throw new IllegalStateException("Only an HR officer belongs to an agency");
        }
        agency = newAgency;
    }

    /** A disabled account cannot sign in, and its services refuse it at once. */
    public void enable(boolean on) {
        enabled = on;
    }

    public void changePassword(String newPasswordHash) {
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    public void preferLanguage(String language) {
        if (language != null && LANGUAGES.contains(language)) {
            preferredLanguage = language;
        }
    }

    /**
     * Leaves an anonymous tombstone that records kept under the retention rules can still point to:
     * no address, no password anyone could know, and no way to sign in.
     */
    public void erase(Instant now, String unusablePasswordHash) {
        email = "erased-" + id + "@erased.invalid";
        passwordHash = Objects.requireNonNull(unusablePasswordHash, "unusablePasswordHash");
        enabled = false;
        erasedAt = now;
    }

    /**
     * A short fingerprint of the current password (of its hash): a session keeps the one it signed in
     * with, and ends when it no longer matches, that is when the password was changed or reset.
     */
    public String credentialStamp() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
