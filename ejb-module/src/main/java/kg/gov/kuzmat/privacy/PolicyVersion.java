package kg.gov.kuzmat.privacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kg.gov.kuzmat.agency.LocalizedName;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One published revision of the privacy policy (clause 5.1): numbered, with the date of its last
 * update, in the three languages. A revision is never edited once published; a change is a new one.
 */
@Entity
@Table(name = "privacy_policy")
@NamedQuery(name = "PolicyVersion.newestFirst", query = "SELECT p FROM PolicyVersion p ORDER BY p.number DESC")
@NamedQuery(name = "PolicyVersion.byNumber", query = "SELECT p FROM PolicyVersion p WHERE p.number = :number")
public class PolicyVersion {

    @Id
    @SequenceGenerator(name = "privacy_policy_seq", sequenceName = "privacy_policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_policy_seq")
    private Long id;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "last_updated", nullable = false, updatable = false)
    private LocalDate lastUpdated;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kyrgyz", column = @Column(name = "text_ky", nullable = false, updatable = false)),
            @AttributeOverride(name = "russian", column = @Column(name = "text_ru", nullable = false, updatable = false)),
            @AttributeOverride(name = "english", column = @Column(name = "text_en", nullable = false, updatable = false))})
    private LocalizedName text;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected PolicyVersion() {
        // for JPA
    }

    PolicyVersion(int number, LocalDate lastUpdated, LocalizedName text, Instant publishedAt) {
        if (number < 1) {
            throw new IllegalArgumentException("Policy versions are numbered from 1");
        }
        this.number = number;
        this.lastUpdated = Objects.requireNonNull(lastUpdated, "lastUpdated");
        this.text = Objects.requireNonNull(text, "text");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** The revision in force: the newest. Version 1 is stored at first start, so there always is one. */
    public static PolicyVersion current(EntityManager em) {
        return em.createNamedQuery("PolicyVersion.newestFirst", PolicyVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No privacy policy is stored"));
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getLastUpdated() {
        return lastUpdated;
    }

    public String textIn(Locale locale) {
        return text.in(locale);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
