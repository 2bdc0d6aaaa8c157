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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.PositionGroup;

import java.time.LocalDate;

/** A place in an agency's personnel reserve for one position group, from the day of the decision until it expires. */
@Entity
@Table(name = "reserve_entry")
@NamedQuery(name = "ReserveEntry.activeOfAgency",
        query = "SELECT r FROM ReserveEntry r JOIN FETCH r.application WHERE r.agency = :agency AND r.leftOn IS NULL"
                + " AND r.expiresOn >= :today ORDER BY r.positionGroup, r.enteredOn DESC, r.id")
@NamedQuery(name = "ReserveEntry.activeFor",
        query = "SELECT r FROM ReserveEntry r JOIN FETCH r.account WHERE r.agency = :agency AND r.positionGroup = :group"
                + " AND r.leftOn IS NULL AND r.expiresOn >= :today")
@NamedQuery(name = "ReserveEntry.toWarn",
        query = "SELECT r FROM ReserveEntry r WHERE r.leftOn IS NULL AND r.expiryWarned = FALSE AND r.expiresOn <= :warnFrom"
                + " AND r.expiresOn >= :today")
@NamedQuery(name = "ReserveEntry.expired",
        query = "SELECT r FROM ReserveEntry r WHERE r.leftOn IS NULL AND r.expiresOn < :today")
public class ReserveEntry {

    @Id
    @SequenceGenerator(name = "reserve_entry_seq", sequenceName = "reserve_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reserve_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_group", nullable = false, updatable = false, length = 20)
    private PositionGroup positionGroup;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "entered_on", nullable = false, updatable = false)
    private LocalDate enteredOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "expiry_warned", nullable = false)
    private boolean expiryWarned;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    private long version;

    protected ReserveEntry() {
        // for JPA
    }

    ReserveEntry(Application application, LocalDate today, int months) {
        this.application = application;
        this.account = application.getApplicant();
        this.agency = application.getVacancy().getAgency();
        this.positionGroup = application.getVacancy().getPositionGroup();
        this.enteredOn = today;
        this.expiresOn = today.plusMonths(months);
    }

    void warned() {
        expiryWarned = true;
    }

    void leave(LocalDate today) {
        leftOn = today;
    }

    public Long getId() {
        return id;
    }

    UserAccount getAccount() {
        return account;
    }

    Application getApplication() {
        return application;
    }

    public PositionGroup getPositionGroup() {
        return positionGroup;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
