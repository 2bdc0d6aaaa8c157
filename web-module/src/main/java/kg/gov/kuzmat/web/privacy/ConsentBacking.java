package kg.gov.kuzmat.web.privacy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.MyConsent;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;

/**
 * account/consent.xhtml: an applicant accepts the revision in force before continuing. The form
 * carries the number of the revision it showed, so a revision published meanwhile is shown first.
 */
@Named
@RequestScoped
public class ConsentBacking {

    @EJB
    private MyConsent myConsent;

    @Inject
    private FacesContext facesContext;

    @Inject
    private PrivacyPolicyBacking privacyPolicy;

    private int versionShown;
    private boolean accepted;

    public void accept() throws IOException {
        if (!accepted) {
            Messages.error(facesContext, "registration.consentRequired");
            return;
        }
        ExternalContext external = facesContext.getExternalContext();
        try {
            myConsent.acceptCurrent(versionShown, RequestOrigin.of((HttpServletRequest) external.getRequest()));
            external.redirect(external.getRequestContextPath() + "/account/");
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
    }

    /** On the page: the revision shown above the form; on submit: the one the person read. */
    public int getVersionShown() {
        return versionShown != 0 ? versionShown : privacyPolicy.getShown().getNumber();
    }

    public void setVersionShown(int versionShown) {
        this.versionShown = versionShown;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
