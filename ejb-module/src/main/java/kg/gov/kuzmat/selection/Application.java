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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An applicant's application to one vacancy. What the commission reviews is the snapshot taken when it
 * was made (profile as JSON, documents copied), never the applicant's profile as it is later.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = "Application.ofApplicant",
        query = "SELECT a FROM Application a JOIN FETCH a.vacancy v JOIN FETCH v.agency WHERE a.applicant = :applicant"
                + " ORDER BY a.submittedAt DESC, a.id DESC")
@NamedQuery(name = "Application.ofVacancy",
        query = "SELECT a FROM Application a WHERE a.vacancy = :vacancy ORDER BY a.submittedAt, a.id")
@NamedQuery(name = "Application.countOf",
        query = "SELECT COUNT(a) FROM Application a WHERE a.vacancy = :vacancy AND a.applicant = :applicant")
@NamedQuery(name = "Application.countByApplicantAndAgency",
        query = "SELECT COUNT(a) FROM Application a WHERE a.applicant = :applicant AND a.vacancy.agency = :agency")
public class Application {

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_account_id", nullable = false, updatable = false)
    private UserAccount applicant;

    @Column(name = "registration_number", nullable = false, updatable = false, length = 30)
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Stage stage;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "processing_consent", nullable = false, updatable = false)
    private boolean processingConsent;

    @Column(name = "anti_corruption_ack", nullable = false, updatable = false)
    private boolean antiCorruptionAcknowledged;

    @Column(name = "accuracy_confirmed", nullable = false, updatable = false)
    private boolean accuracyConfirmed;

    @Column(nullable = false, updatable = false, length = 100000)
    private String snapshot;

    @OneToMany(mappedBy = "application")
    @OrderBy("happenedAt, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "application")
    @OrderBy("id")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    Application(Vacancy vacancy, UserAccount applicant, ApplicationConfirmations confirmations, String snapshot, Instant now) {
        if (!confirmations.all()) {
            throw new BusinessException("application.confirmationsRequired");
        }
        this.vacancy = vacancy;
        this.applicant = applicant;
        this.processingConsent = true;
        this.antiCorruptionAcknowledged = true;
        this.accuracyConfirmed = true;
        this.snapshot = snapshot;
        this.submittedAt = now;
        this.stage = Stage.DOCUMENT_ACCEPTANCE;
    }

    /** The number the applicant quotes: year of submission and the application's id, known once persisted. */
    void number(ZoneId zone) {
        registrationNumber = "KZ-" + LocalDate.ofInstant(submittedAt, zone).getYear() + "-" + String.format("%07d", id);
    }

    ApplicationEvent record(Instant at, ApplicationEvent.Kind kind, String detail, String actor) {
        ApplicationEvent event = new ApplicationEvent(this, at, kind, detail, actor);
        events.add(event);
        return event;
    }

    ApplicationDocument attach(DocumentKind kind, String fileName, String contentType, byte[] content) {
        ApplicationDocument document = new ApplicationDocument(this, kind, fileName, contentType, content);
        documents.add(document);
        return document;
    }

    /** Withdrawn by the applicant: only while documents are accepted, and before the deadline. */
    void withdraw(Clock clock) {
        if (stage != Stage.DOCUMENT_ACCEPTANCE) {
            throw new BusinessException("application.notWithdrawable");
        }
        if (!vacancy.isOpenForApplications(clock)) {
            throw new BusinessException("application.deadlinePassed");
        }
        stage = Stage.WITHDRAWN;
    }

    public Long getId() {
        return id;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    UserAccount getApplicant() {
        return applicant;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSnapshot() {
        return snapshot;
    }

    public List<ApplicationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<ApplicationDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public long getVersion() {
        return version;
    }
}
