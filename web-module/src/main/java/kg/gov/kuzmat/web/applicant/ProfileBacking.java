package kg.gov.kuzmat.web.applicant;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.applicant.Education;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.LanguageSkill;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.ProfileView;
import kg.gov.kuzmat.applicant.ServiceLength;
import kg.gov.kuzmat.applicant.WorkPeriod;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * account/profile.xhtml: the applicant's identity, education, jobs, languages and class rank, edited
 * as one form. Rows are added and removed on the page; nothing is stored until Save, and a refused
 * save keeps every row as typed.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyProfile myProfile;

    private boolean loaded;
    private long version;
    private String email;
    private ServiceLength totalService;
    private ServiceLength civilService;

    private String surname;
    private String givenName;
    private String patronymic;
    private String personalNumber;
    private LocalDate birthDate;
    private String phone;
    private String classRank;
    private List<Education> education = new ArrayList<>();
    private List<WorkPeriod> experience = new ArrayList<>();
    private List<LanguageSkill> languages = new ArrayList<>();

    /** The view action: reads the profile once per view, so postbacks keep what is being typed. */
    public void load() {
        if (!loaded) {
            show(myProfile.view());
            loaded = true;
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(myProfile.save(new Profile(new Identity(surname, givenName, patronymic, personalNumber, birthDate, phone),
                    classRank, education, experience, languages, version)));
            Messages.info(faces, "profile.saved");
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        } catch (EJBException failure) {
            Messages.refusal(faces, failure, "profileField");
        }
    }

    public void addEducation() {
        education.add(new Education());
    }

    public void removeEducation(int row) {
        education.remove(row);
    }

    public void addJob() {
        experience.add(new WorkPeriod());
    }

    public void removeJob(int row) {
        experience.remove(row);
    }

    public void addLanguage() {
        languages.add(new LanguageSkill(null, LanguageLevel.B1));
    }

    public void removeLanguage(int row) {
        languages.remove(row);
    }

    private void show(ProfileView view) {
        Profile profile = view.profile();
        Identity identity = profile.identity();
        version = profile.version();
        email = view.email();
        totalService = view.totalService();
        civilService = view.civilService();
        surname = identity.surname();
        givenName = identity.givenName();
        patronymic = identity.patronymic();
        personalNumber = identity.personalNumber();
        birthDate = identity.birthDate();
        phone = identity.phone();
        classRank = profile.classRank();
        education = new ArrayList<>(profile.education());
        experience = new ArrayList<>(profile.experience());
        languages = new ArrayList<>(profile.languages());
    }

    public String getEmail() {
        return email;
    }

    public ServiceLength getTotalService() {
        return totalService;
    }

    public ServiceLength getCivilService() {
        return civilService;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public void setPersonalNumber(String personalNumber) {
        this.personalNumber = personalNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getClassRank() {
        return classRank;
    }

    public void setClassRank(String classRank) {
        this.classRank = classRank;
    }

    public List<Education> getEducation() {
        return education;
    }

    public List<WorkPeriod> getExperience() {
        return experience;
    }

    public List<LanguageSkill> getLanguages() {
        return languages;
    }
}
