package kg.gov.kuzmat.web.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.PolicyText;
import kg.gov.kuzmat.privacy.PolicyVersion;
import kg.gov.kuzmat.privacy.PrivacyPolicies;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * admin/policy.xhtml: an administrator publishes a new revision of the privacy policy, starting from
 * the text in force. Publishing cannot be undone: every applicant is asked to accept it.
 */
@Named
@ViewScoped
public class PolicyAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PrivacyPolicies policies;

    private int currentNumber;
    private LocalDate lastUpdated;
    private String kyrgyz;
    private String russian;
    private String english;
    private Integer published;

    /** The view action: the form starts as a copy of the revision in force. */
    public void load() {
        if (kyrgyz != null) {
            return;
        }
        PolicyVersion current = policies.current();
        currentNumber = current.getNumber();
        kyrgyz = current.textIn(Locale.forLanguageTag("ky"));
        russian = current.textIn(Locale.forLanguageTag("ru"));
        english = current.textIn(Locale.forLanguageTag("en"));
    }

    public void publish() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PolicyVersion next = policies.publish(new PolicyText(lastUpdated, kyrgyz, russian, english));
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/policy.xhtml?published=" + next.getNumber());
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        } catch (EJBException failure) {
            Messages.refusal(faces, failure, "policyField");
        }
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    public LocalDate getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(LocalDate lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public String getKyrgyz() {
        return kyrgyz;
    }

    public void setKyrgyz(String kyrgyz) {
        this.kyrgyz = kyrgyz;
    }

    public String getRussian() {
        return russian;
    }

    public void setRussian(String russian) {
        this.russian = russian;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }

    public Integer getPublished() {
        return published;
    }

    public void setPublished(Integer published) {
        this.published = published;
    }
}
