package kg.gov.kuzmat.privacy;

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
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One time someone outside the person saw or received their data: an HR officer's view of their file,
 * or a disclosure to a state body on its written request (policy 3.4). The person sees every one.
 */
@Entity
@Table(name = "personal_data_access")
@NamedQuery(name = "DataAccess.ofAccount",
        query = "SELECT a FROM DataAccess a LEFT JOIN FETCH a.agency WHERE a.account = :account ORDER BY a.accessedAt DESC, a.id DESC")
public class DataAccess {

    public enum Kind { HR_VIEW, DISCLOSURE }

    @Id
    @SequenceGenerator(name = "personal_data_access_seq", sequenceName = "personal_data_access_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_access_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "state_body", length = 300, updatable = false)
    private String stateBody;

    @Column(name = "letter_number", length = 100, updatable = false)
    private String letterNumber;

    @Column(name = "letter_date", updatable = false)
    private LocalDate letterDate;

    @Column(name = "legal_basis", length = 500, updatable = false)
    private String legalBasis;

    @Column(name = "data_given", length = 2000, updatable = false)
    private String dataGiven;

    protected DataAccess() {
        // for JPA
    }

    /** An HR officer of the agency opened the person's file. */
    public static DataAccess hrView(UserAccount account, Agency agency, Instant at) {
        DataAccess access = new DataAccess();
        access.account = account;
        access.kind = Kind.HR_VIEW;
        access.agency = agency;
        access.accessedAt = at;
        return access;
    }

    /** The person's data was given to a state body under a registered request (policy 3.4). */
    static DataAccess disclosure(DisclosureRequest request, Instant at) {
        DataAccess access = new DataAccess();
        access.account = request.getSubject();
        access.kind = Kind.DISCLOSURE;
        access.accessedAt = at;
        access.stateBody = request.getStateBody();
        access.letterNumber = request.getLetterNumber();
        access.letterDate = request.getLetterDate();
        access.legalBasis = request.getLegalBasis();
        access.dataGiven = request.getDataRequested();
        return access;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public Agency getAgency() {
        return agency;
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

    public String getDataGiven() {
        return dataGiven;
    }
}
