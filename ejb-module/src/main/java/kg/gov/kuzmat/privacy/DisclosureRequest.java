package kg.gov.kuzmat.privacy;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An authorised state body's official written request for one person's data, as registered with its
 * scanned letter. Nothing of it changes once registered.
 */
@Entity
@Table(name = "disclosure_request")
@NamedQuery(name = "DisclosureRequest.all", query = "SELECT r FROM DisclosureRequest r ORDER BY r.registeredAt DESC, r.id DESC")
public class DisclosureRequest {

    @Id
    @SequenceGenerator(name = "disclosure_request_seq", sequenceName = "disclosure_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_request_seq")
    private Long id;

    @Column(name = "state_body", nullable = false, length = 300, updatable = false)
    private String stateBody;

    @Column(name = "letter_number", nullable = false, length = 100, updatable = false)
    private String letterNumber;

    @Column(name = "letter_date", nullable = false, updatable = false)
    private LocalDate letterDate;

    @Column(name = "legal_basis", nullable = false, length = 500, updatable = false)
    private String legalBasis;

    @Column(name = "personal_number", nullable = false, length = 14, updatable = false)
    private String personalNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_account_id", nullable = false, updatable = false)
    private UserAccount subject;

    @Column(name = "data_requested", nullable = false, length = 200, updatable = false)
    private String dataRequested;

    @Column(name = "letter_file_name", nullable = false, length = 255, updatable = false)
    private String letterFileName;

    @Column(name = "letter_content_type", nullable = false, length = 50, updatable = false)
    private String letterContentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "letter_content", nullable = false, updatable = false)
    private byte[] letterContent;

    @Column(name = "registered_by", nullable = false, length = 254, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected DisclosureRequest() {
        // for JPA
    }

    DisclosureRequest(DisclosureDraft draft, UserAccount subject, Set<DisclosedCategory> requested, DocumentFile letter,
                      String registeredBy, Instant registeredAt) {
        this.stateBody = draft.stateBody().strip();
        this.letterNumber = draft.letterNumber().strip();
        this.letterDate = draft.letterDate();
        this.legalBasis = draft.legalBasis().strip();
        this.personalNumber = draft.personalNumber().strip();
        this.subject = subject;
        this.dataRequested = requested.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.letterFileName = letter.fileName();
        this.letterContentType = letter.contentType();
        this.letterContent = letter.content();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public Set<DisclosedCategory> requested() {
        Set<DisclosedCategory> categories = EnumSet.noneOf(DisclosedCategory.class);
        Arrays.stream(dataRequested.split(",")).map(DisclosedCategory::valueOf).forEach(categories::add);
        return categories;
    }

    public DocumentFile letter() {
        return new DocumentFile(letterFileName, letterContentType, letterContent);
    }

    public Long getId() {
        return id;
    }

    public String getStateBody() {
        return stateBody;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public UserAccount getSubject() {
        return subject;
    }

    public String getDataRequested() {
        return dataRequested;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
