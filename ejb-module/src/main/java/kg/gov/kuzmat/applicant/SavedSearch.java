package kg.gov.kuzmat.applicant;

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
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.CompetitionType;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySort;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A search an applicant keeps: its filters (never its order or page), and whether a daily mail of
 * newly published matching vacancies is wanted. The alert remembers the last day it has covered.
 */
@Entity
@Table(name = "saved_search")
@NamedQuery(name = "SavedSearch.ofAccount", query = "SELECT s FROM SavedSearch s WHERE s.account = :account ORDER BY s.createdAt, s.id")
@NamedQuery(name = "SavedSearch.countOfAccount", query = "SELECT COUNT(s) FROM SavedSearch s WHERE s.account = :account")
@NamedQuery(name = "SavedSearch.byKey", query = "SELECT s FROM SavedSearch s WHERE s.unsubscribeKey = :key")
@NamedQuery(name = "SavedSearch.alertsDue",
        query = "SELECT s.id FROM SavedSearch s WHERE s.alerts = TRUE AND s.notifiedThrough < :through ORDER BY s.id")
@NamedQuery(name = "SavedSearch.deleteOf", query = "DELETE FROM SavedSearch s WHERE s.account = :account")
public class SavedSearch {

    @Id
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "query_words", length = 200)
    private String query;

    @Column(name = "agency_code", length = 40)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", length = 20)
    private AgencyType agencyType;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_group", length = 20)
    private PositionGroup positionGroup;

    @Column(name = "salary_from")
    private Integer salaryFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "competition_type", length = 20)
    private CompetitionType competitionType;

    @Column(nullable = false)
    private boolean alerts;

    @Column(name = "unsubscribe_key", nullable = false, length = 64, updatable = false)
    private String unsubscribeKey;

    @Column(name = "notified_through", nullable = false)
    private LocalDate notifiedThrough;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SavedSearch() {
        // for JPA
    }

    SavedSearch(UserAccount account, String name, VacancySearch filters, boolean alerts, String unsubscribeKey,
                LocalDate today, Instant now) {
        this.account = account;
        this.name = name.strip();
        this.query = filters.query();
        this.agencyCode = filters.agencyCode();
        this.agencyType = filters.agencyType();
        this.region = filters.region();
        this.positionGroup = filters.positionGroup();
        this.salaryFrom = filters.salaryFrom();
        this.competitionType = filters.competitionType();
        this.alerts = alerts;
        this.unsubscribeKey = unsubscribeKey;
        // Anything published from today on is new to this alert.
        this.notifiedThrough = today.minusDays(1);
        this.createdAt = now;
    }

    /** The filters as a search of open vacancies, newest first. */
    public VacancySearch filters(int size) {
        return new VacancySearch(query, agencyCode, agencyType, region, positionGroup, salaryFrom, competitionType, true,
                VacancySort.NEWEST, 0, size);
    }

    void switchAlerts(boolean on, LocalDate today) {
        if (on && !alerts) {
            // A restarted alert does not make up for the days it was off.
            notifiedThrough = today.minusDays(1);
        }
        alerts = on;
    }

    void notifiedThrough(LocalDate day) {
        notifiedThrough = day;
    }

    public Long getId() {
        return id;
    }

    UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public boolean isAlerts() {
        return alerts;
    }

    String getUnsubscribeKey() {
        return unsubscribeKey;
    }

    public LocalDate getNotifiedThrough() {
        return notifiedThrough;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
