package kg.gov.kuzmat.vacancy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A vacancy of one agency. It is written as a draft, published for a period of at least
 * {@link #MINIMUM_PUBLICATION_DAYS} days, accepts applications until its deadline (inclusive), and is
 * then closed; a published or closed vacancy may be cancelled with a public reason. Edits after
 * publication are recorded field by field, and its deadline can then only move later.
 */
@Entity
@Table(name = "vacancy")
@NamedQuery(name = "Vacancy.countByStatus",
        query = "SELECT COUNT(v) FROM Vacancy v WHERE v.status = :status")
@NamedQuery(name = "Vacancy.countByAgency",
        query = "SELECT COUNT(v) FROM Vacancy v WHERE v.agency = :agency")
@NamedQuery(name = "Vacancy.findByAgencyNewestFirst",
        query = "SELECT v FROM Vacancy v WHERE v.agency = :agency ORDER BY v.id DESC")
@NamedQuery(name = "Vacancy.closeOverdue",
        query = "UPDATE Vacancy v SET v.status = kg.gov.kuzmat.vacancy.VacancyStatus.CLOSED, v.version = v.version + 1"
                + " WHERE v.status = kg.gov.kuzmat.vacancy.VacancyStatus.PUBLISHED AND v.applicationDeadline < :today")
@NamedQuery(name = "Vacancy.findWithoutSearchTerms",
        query = "SELECT v FROM Vacancy v WHERE v.searchTerms IS EMPTY ORDER BY v.id")
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

    /** The agency's type, kept with the vacancy so that the search filters on it without a join. */
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false, updatable = false, length = 20)
    private AgencyType agencyType;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "structural_unit", nullable = false, length = 300)
    private String structuralUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_group", nullable = false)
    private PositionGroup positionGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "competition_type", nullable = false)
    private CompetitionType competitionType;

    /** Sanitised rich text. */
    @Column(name = "description", nullable = false, length = 20000)
    private String duties;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false)
    private EducationLevel educationLevel;

    @Column(name = "min_service_years", nullable = false)
    private int minServiceYears;

    @Column(name = "min_experience_years", nullable = false)
    private int minExperienceYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_language_level", nullable = false)
    private LanguageLevel stateLanguageLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "official_language_level", nullable = false)
    private LanguageLevel officialLanguageLevel;

    /** Sanitised rich text; may be empty. */
    @Column(name = "requirements", nullable = false, length = 20000)
    private String otherRequirements;

    @Embedded
    private SalaryRange salary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Region region;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 300)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VacancyStatus status;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "application_deadline", nullable = false)
    private LocalDate applicationDeadline;

    /** Until this day only people in the agency's reserve for the position group may apply; null: everyone. */
    @Column(name = "reserve_only_until")
    private LocalDate reserveOnlyUntil;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @OneToMany(mappedBy = "vacancy", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt")
    private List<VacancyChange> changes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "vacancy_search_term", joinColumns = @JoinColumn(name = "vacancy_id"))
    @Column(name = "term", nullable = false, length = SearchTerms.MAX_TERM_LENGTH)
    private Set<String> searchTerms = new HashSet<>();

    @Version
    private long version;

    protected Vacancy() {
        // for JPA
    }

    /** A new draft of the given agency; nobody but its HR officers sees it until it is published. */
    public Vacancy(Agency agency, VacancyContent content) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.agencyType = agency.getType();
        this.status = VacancyStatus.DRAFT;
        apply(content);
    }

    /**
     * Replaces the content. A draft changes freely; a published vacancy records every changed field
     * with who and when, and its deadline may only be extended; a closed or cancelled one is final.
     */
    public void revise(VacancyContent content, String editor, Instant at) {
        switch (status) {
            case DRAFT -> apply(content);
            case PUBLISHED -> {
                if (content.applicationDeadline().isBefore(applicationDeadline)) {
                    throw new BusinessException("vacancy.edit.deadlineOnlyExtended", applicationDeadline);
                }
                Map<String, String> before = snapshot();
                apply(content);
                Map<String, String> after = snapshot();
                before.forEach((field, old) -> {
                    if (!Objects.equals(old, after.get(field))) {
                        changes.add(new VacancyChange(this, at, editor, field, old, after.get(field)));
                    }
                });
            }
            default -> throw new BusinessException("vacancy.edit.final");
        }
    }

    /** Publishes a draft today; its deadline must leave applicants the minimum publication period. */
    /**
     * Opens the competition to the personnel reserve first, until the given day (before the deadline),
     * or to everyone (null). Decided while drafting: the rule must not change under those who read it.
     */
    public void reserveFirstUntil(LocalDate until) {
        if (status != VacancyStatus.DRAFT) {
            throw new BusinessException("vacancy.reserveFirst.onlyDraft");
        }
        if (until != null && !until.isBefore(applicationDeadline)) {
            throw new BusinessException("vacancy.reserveFirst.beforeDeadline");
        }
        reserveOnlyUntil = until;
    }

    /** Whether on this day only the reserve may apply. */
    public boolean isReserveOnlyOn(LocalDate day) {
        return reserveOnlyUntil != null && !day.isAfter(reserveOnlyUntil);
    }

    public LocalDate getReserveOnlyUntil() {
        return reserveOnlyUntil;
    }

    public void publish(Clock clock) {
        if (reserveOnlyUntil != null && !reserveOnlyUntil.isBefore(applicationDeadline)) {
            throw new BusinessException("vacancy.reserveFirst.beforeDeadline");
        }
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

    /** Cancels the competition of a published or closed vacancy; the reason is shown to everyone. */
    public void cancel(String reason, Clock clock) {
        if (status != VacancyStatus.PUBLISHED && status != VacancyStatus.CLOSED) {
            throw new BusinessException("vacancy.cancel.notPublished");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("vacancy.cancel.reasonRequired");
        }
        status = VacancyStatus.CANCELLED;
        cancellationReason = reason.strip();
        cancelledOn = LocalDate.now(clock);
    }

    /** Closes a published vacancy once the last day for applications has passed. */
    public void closeIfDeadlinePassed(Clock clock) {
        if (status == VacancyStatus.PUBLISHED && LocalDate.now(clock).isAfter(applicationDeadline)) {
            status = VacancyStatus.CLOSED;
        }
    }

    /** Applications are accepted on every day from publication up to and including the deadline. */
    public boolean isOpenForApplications(Clock clock) {
        return statusOn(status, applicationDeadline, LocalDate.now(clock)) == VacancyStatus.PUBLISHED;
    }

    /** The status a reader is told: a published vacancy reads as closed from the day after its deadline. */
    public VacancyStatus statusAsOf(Clock clock) {
        return statusOn(status, applicationDeadline, LocalDate.now(clock));
    }

    public long daysLeft(LocalDate today) {
        return daysLeft(applicationDeadline, today);
    }

    /** The one rule of read-time closing, for entities and for list rows alike. */
    static VacancyStatus statusOn(VacancyStatus stored, LocalDate deadline, LocalDate today) {
        return stored == VacancyStatus.PUBLISHED && today.isAfter(deadline) ? VacancyStatus.CLOSED : stored;
    }

    /** Whole days left to apply, counting today; 0 once the deadline has passed. */
    static long daysLeft(LocalDate deadline, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, deadline) + 1);
    }

    public boolean belongsTo(Agency other) {
        return agency.sameAs(other);
    }

    /** Makes the search index match the text; used when the index is rebuilt. */
    void indexText() {
        Set<String> terms = SearchTerms.of(title, structuralUnit, duties, otherRequirements, city);
        searchTerms.retainAll(terms);
        searchTerms.addAll(terms);
    }

    private void apply(VacancyContent content) {
        if (content.salaryMin() > content.salaryMax()) {
            throw new BusinessException("vacancy.salary.minAboveMax");
        }
        this.title = requireText(content.title(), "title");
        this.structuralUnit = requireText(content.structuralUnit(), "structuralUnit");
        this.positionGroup = Objects.requireNonNull(content.positionGroup(), "positionGroup");
        this.competitionType = Objects.requireNonNull(content.competitionType(), "competitionType");
        this.duties = RichText.sanitize(content.duties());
        requireText(RichText.plainText(duties), "duties");
        this.educationLevel = Objects.requireNonNull(content.educationLevel(), "educationLevel");
        this.minServiceYears = content.minServiceYears();
        this.minExperienceYears = content.minExperienceYears();
        this.stateLanguageLevel = Objects.requireNonNull(content.stateLanguageLevel(), "stateLanguageLevel");
        this.officialLanguageLevel = Objects.requireNonNull(content.officialLanguageLevel(), "officialLanguageLevel");
        this.otherRequirements = RichText.sanitize(content.otherRequirements());
        this.salary = new SalaryRange(content.salaryMin(), content.salaryMax());
        this.region = Objects.requireNonNull(content.region(), "region");
        this.city = requireText(content.city(), "city");
        this.applicationDeadline = Objects.requireNonNull(content.applicationDeadline(), "applicationDeadline");
        this.contact = requireText(content.contact(), "contact");
        indexText();
    }

    /** The announcement's fields as readers see them, by the names the change record uses. */
    private Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("structuralUnit", structuralUnit);
        fields.put("positionGroup", positionGroup.name());
        fields.put("competitionType", competitionType.name());
        fields.put("duties", duties);
        fields.put("educationLevel", educationLevel.name());
        fields.put("minServiceYears", Integer.toString(minServiceYears));
        fields.put("minExperienceYears", Integer.toString(minExperienceYears));
        fields.put("stateLanguageLevel", stateLanguageLevel.name());
        fields.put("officialLanguageLevel", officialLanguageLevel.name());
        fields.put("otherRequirements", otherRequirements);
        fields.put("salaryMin", Integer.toString(salary.getMinimum()));
        fields.put("salaryMax", Integer.toString(salary.getMaximum()));
        fields.put("region", region.name());
        fields.put("city", city);
        fields.put("applicationDeadline", applicationDeadline.toString());
        fields.put("contact", contact);
        return fields;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("vacancy.field.required", what);
        }
        return value.strip();
    }

    /** The content as it stands, for an edit form. */
    public VacancyContent content() {
        return new VacancyContent(title, structuralUnit, positionGroup, competitionType, duties, educationLevel,
                minServiceYears, minExperienceYears, stateLanguageLevel, officialLanguageLevel, otherRequirements,
                salary.getMinimum(), salary.getMaximum(), region, city, applicationDeadline, contact);
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

    public String getStructuralUnit() {
        return structuralUnit;
    }

    public PositionGroup getPositionGroup() {
        return positionGroup;
    }

    public CompetitionType getCompetitionType() {
        return competitionType;
    }

    public String getDuties() {
        return duties;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public int getMinServiceYears() {
        return minServiceYears;
    }

    public int getMinExperienceYears() {
        return minExperienceYears;
    }

    public LanguageLevel getStateLanguageLevel() {
        return stateLanguageLevel;
    }

    public LanguageLevel getOfficialLanguageLevel() {
        return officialLanguageLevel;
    }

    public String getOtherRequirements() {
        return otherRequirements;
    }

    public SalaryRange getSalary() {
        return salary;
    }

    public Region getRegion() {
        return region;
    }

    public String getCity() {
        return city;
    }

    public String getContact() {
        return contact;
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

    public String getCancellationReason() {
        return cancellationReason;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public List<VacancyChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }

    public Set<String> getSearchTerms() {
        return Collections.unmodifiableSet(searchTerms);
    }

    public long getVersion() {
        return version;
    }
}
