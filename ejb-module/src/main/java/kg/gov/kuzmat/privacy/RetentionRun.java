package kg.gov.kuzmat.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/** What one run of the retention job did; counted batch by batch, so a run cut short says how far it got. */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = "RetentionRun.latest", query = "SELECT r FROM RetentionRun r ORDER BY r.startedAt DESC, r.id DESC")
public class RetentionRun implements Serializable {

    @Id
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    private Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "applications_anonymised", nullable = false)
    private int applicationsAnonymised;

    @Column(name = "accounts_warned", nullable = false)
    private int accountsWarned;

    @Column(name = "accounts_erased", nullable = false)
    private int accountsErased;

    @Version
    private long version;

    protected RetentionRun() {
        // for JPA
    }

    RetentionRun(Instant startedAt) {
        this.startedAt = startedAt;
    }

    void counted(int anonymised, int warned, int erased) {
        applicationsAnonymised += anonymised;
        accountsWarned += warned;
        accountsErased += erased;
    }

    void finish(Instant at) {
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getApplicationsAnonymised() {
        return applicationsAnonymised;
    }

    public int getAccountsWarned() {
        return accountsWarned;
    }

    public int getAccountsErased() {
        return accountsErased;
    }
}
