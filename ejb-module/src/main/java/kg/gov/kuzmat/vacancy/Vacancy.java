package kg.gov.kuzmat.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A vacancy of one agency. It is written as a draft, published for a period of at least
 * {@link #MINIMUM_PUBLICATION_DAYS} days, and accepts applications until its deadline (inclusive).
 */
@Entity
@Table(name = "vacancy")
@NamedQuery(name = "Vacancy.countByStatus",
        query = "SELECT COUNT(v) FROM Vacancy v WHERE v.status = :status")
@NamedQuery(name = "Vacancy.summariesByStatusNewestFirst",
        query = "SELECT NEW kg.gov.kuzmat.vacancy.VacancySummary(v.id, v.title,"
                + " a.code, a.name.kyrgyz, a.name.russian, a.name.english, v.region, v.positionGroup,"
                + " v.salary.minimum, v.salary.maximum, v.publishedOn, v.applicationDeadline)"
                + " FROM Vacancy v JOIN v.agency a WHERE v.status = :status"
                + " ORDER BY v.publishedOn DESC, v.id DESC")
@NamedQuery(name = "Vacancy.countByAgency",
        query = "SELECT COUNT(v) FROM Vacancy v WHERE v.agency = :agency")
public class Vacancy {

    /** The shortest period a vacancy stays open to applications after publication. */
    public static final int MINIMUM_PUBLICATION_DAYS = 10;

    @Id
    @SequenceGenerator(name = "vacancy_seq", sequenceName = "vacancy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vacancy_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 20000)
    private String description;

    @Column(nullable = false, length = 20000)
    private String requirements;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_group", nullable = false)
    private PositionGroup positionGroup;

    @Embedded
    private SalaryRange salary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VacancyStatus status;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "application_deadline", nullable = false)
    private LocalDate applicationDeadline;

    @Version
    private long version;

    protected Vacancy() {
        // for JPA
    }

    /** A new draft of the given agency; nobody but its HR officers sees it until it is published. */
    public Vacancy(Agency agency, String title, String description, String requirements,
                   PositionGroup positionGroup, SalaryRange salary, Region region, LocalDate applicationDeadline) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.title = requireText(title, "title");
        this.description = requireText(description, "description");
        this.requirements = requireText(requirements, "requirements");
        this.positionGroup = Objects.requireNonNull(positionGroup, "positionGroup");
        this.salary = Objects.requireNonNull(salary, "salary");
        this.region = Objects.requireNonNull(region, "region");
        this.applicationDeadline = Objects.requireNonNull(applicationDeadline, "applicationDeadline");
        this.status = VacancyStatus.DRAFT;
    }

    /** Publishes a draft today; its deadline must leave applicants the minimum publication period. */
    public void publish(Clock clock) {
        if (status != VacancyStatus.DRAFT) {
            throw new BusinessException("vacancy.publish.notDraft");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate earliestDeadline = today.plusDays(MINIMUM_PUBLICATION_DAYS);
        if (applicationDeadline.isBefore(earliestDeadline)) {
            throw new BusinessException("vacancy.publish.deadlineTooSoon", MINIMUM_PUBLICATION_DAYS, earliestDeadline);
        }
        status = VacancyStatus.PUBLISHED;
        publishedOn = today;
    }

    /** Closes a published vacancy once the last day for applications has passed. */
    public void closeIfDeadlinePassed(Clock clock) {
        if (status == VacancyStatus.PUBLISHED && LocalDate.now(clock).isAfter(applicationDeadline)) {
            status = VacancyStatus.CLOSED;
        }
    }

    /** Applications are accepted on every day from publication up to and including the deadline. */
    public boolean isOpenForApplications(Clock clock) {
        return status == VacancyStatus.PUBLISHED && !LocalDate.now(clock).isAfter(applicationDeadline);
    }

    public boolean belongsTo(Agency other) {
        return agency.sameAs(other);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The vacancy " + what + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getRequirements() {
        return requirements;
    }

    public PositionGroup getPositionGroup() {
        return positionGroup;
    }

    public SalaryRange getSalary() {
        return salary;
    }

    public Region getRegion() {
        return region;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public long getVersion() {
        return version;
    }
}
