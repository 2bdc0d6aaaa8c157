package kg.gov.kuzmat.web.privacy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.MyData;
import kg.gov.kuzmat.privacy.PersonalDataReport;
import kg.gov.kuzmat.privacy.Retention;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;

/** account/my-data.xhtml: everything held about the applicant, the copies to download, and erasure. */
@Named
@RequestScoped
public class MyDataBacking {

    @EJB
    private MyData myData;

    @Inject
    private FacesContext facesContext;

    private PersonalDataReport report;

    private Long applicationsKept;
    private String password;
    private boolean confirmed;

    public PersonalDataReport getReport() {
        if (report == null) {
            report = myData.report();
        }
        return report;
    }

    /** Erases the account, then ends the session: the person is no longer anyone here. */
    public void erase() throws IOException, ServletException {
        if (!confirmed) {
            Messages.error(facesContext, "myData.erase.confirmRequired");
            return;
        }
        try {
            myData.erase(password);
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
            return;
        }
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?notice=accountErased");
    }

    public int getYearsUntilAnonymised() {
        return Retention.years(Retention.UNSUCCESSFUL_PROPERTY);
    }

    public long getApplicationsKeptAfterErasure() {
        if (applicationsKept == null) {
            applicationsKept = myData.applicationsKeptAfterErasure();
        }
        return applicationsKept;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
