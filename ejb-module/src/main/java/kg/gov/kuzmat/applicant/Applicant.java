package kg.gov.kuzmat.applicant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PlainText;
import kg.gov.kuzmat.security.UserAccount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A citizen's identity and contacts as they gave them at registration (policy 1.1.1) and keep up to
 * date themselves (1.3). The personal number is unique: one citizen, one account.
 */
@Entity
@Table(name = "applicant")
@NamedQuery(name = "Applicant.countByPersonalNumber",
        query = "SELECT COUNT(a) FROM Applicant a WHERE a.personalNumber = :personalNumber")
public class Applicant implements Serializable {

    @Id
    @Column(name = "user_account_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(length = 100)
    private String patronymic;

    @Column(name = "personal_number", nullable = false, length = 14)
    private String personalNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(name = "class_rank", length = 200)
    private String classRank;

    @ElementCollection
    @CollectionTable(name = "applicant_education", joinColumns = @JoinColumn(name = "applicant_id"))
    @OrderColumn(name = "position")
    private List<Education> education = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "applicant_experience", joinColumns = @JoinColumn(name = "applicant_id"))
    @OrderColumn(name = "position")
    private List<WorkPeriod> experience = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "applicant_language", joinColumns = @JoinColumn(name = "applicant_id"))
    @OrderColumn(name = "position")
    private List<LanguageSkill> languages = new ArrayList<>();

    @Version
    private long version;

    protected Applicant() {
        // for JPA
    }

    public Applicant(UserAccount account, Identity identity, PersonalNumber personalNumber) {
        this.account = Objects.requireNonNull(account, "account");
        change(identity, personalNumber);
    }

    /** The person corrects their data (policy 1.3); the number's birth date must still match. */
    public void change(Identity identity, PersonalNumber number) {
        number.requireBirthDate(identity.birthDate());
        this.personalNumber = number.digits();
        String visibleSurname = PlainText.of(identity.surname());
        String visibleGivenName = PlainText.of(identity.givenName());
        if (visibleSurname == null || visibleGivenName == null) {
            throw new BusinessException("applicant.nameRequired");
        }
        this.surname = visibleSurname;
        this.givenName = visibleGivenName;
        this.patronymic = PlainText.of(identity.patronymic());
        this.birthDate = identity.birthDate();
        this.phone = Phone.normalize(identity.phone());
    }

    /** Replaces the sections the applicant edits as lists; a list arrives whole from the form. */
    public void changeBackground(String classRank, List<Education> education, List<WorkPeriod> experience,
                                 List<LanguageSkill> languages) {
        this.classRank = PlainText.of(classRank);
        this.education.clear();
        this.education.addAll(education);
        this.experience.clear();
        this.experience.addAll(experience);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public String getClassRank() {
        return classRank;
    }

    public List<Education> getEducation() {
        return Collections.unmodifiableList(education);
    }

    public List<WorkPeriod> getExperience() {
        return Collections.unmodifiableList(experience);
    }

    public List<LanguageSkill> getLanguages() {
        return Collections.unmodifiableList(languages);
    }

    public Identity identity() {
        return new Identity(surname, givenName, patronymic, personalNumber, birthDate, phone);
    }


    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public long getVersion() {
        return version;
    }
}
