package kg.gov.kuzmat.web.applicant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.Registration;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.PolicyVersion;
import kg.gov.kuzmat.privacy.PrivacyPolicies;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.Messages;
import kg.gov.kuzmat.web.privacy.RequestOrigin;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * register.xhtml: a citizen creates an applicant account. The page remembers which policy revision
 * it showed, so the consent recorded is to the text the person could read; a refused form keeps
 * everything typed except the password.
 */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private PrivacyPolicies policies;

    private int policyVersion;
    private LocalDate policyDate;
    private boolean done;

    private String email;
    private String password;
    private String surname;
    private String givenName;
    private String patronymic;
    private String personalNumber;
    private LocalDate birthDate;
    private String phone;
    private boolean policyAccepted;

    @PostConstruct
    void showCurrentPolicy() {
        PolicyVersion current = policies.current();
        policyVersion = current.getNumber();
        policyDate = current.getLastUpdated();
    }

    public void register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            registration.register(new Registration(email, password,
                    new Identity(surname, givenName, patronymic, personalNumber, birthDate, phone),
                    policyVersion, policyAccepted, LanguagePreference.of(request).getCode()), RequestOrigin.of(request));
            external.redirect(external.getRequestContextPath() + "/register.xhtml?done=true");
        } catch (BusinessException refusal) {
            if ("consent.policyChanged".equals(refusal.getMessageKey())) {
                showCurrentPolicy();
                policyAccepted = false;
            }
            Messages.error(faces, refusal);
        } catch (EJBException failure) {
            Messages.refusal(faces, failure, "registrationField");
        } finally {
            // Not kept in the session; the form asks for it again after a refusal.
            password = null;
        }
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public LocalDate getPolicyDate() {
        return policyDate;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public boolean isPolicyAccepted() {
        return policyAccepted;
    }

    public void setPolicyAccepted(boolean policyAccepted) {
        this.policyAccepted = policyAccepted;
    }
}
