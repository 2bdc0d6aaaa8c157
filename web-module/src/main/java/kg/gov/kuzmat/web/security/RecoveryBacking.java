package kg.gov.kuzmat.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.AccountRecovery;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;

/**
 * confirm-email.xhtml, forgot-password.xhtml and reset-password.xhtml: what a person does with the
 * links mailed to them. The token travels in the link and, on the reset form, in a hidden field.
 */
@Named
@RequestScoped
public class RecoveryBacking {

    @EJB
    private AccountRecovery recovery;

    @Inject
    private FacesContext facesContext;

    private String token;
    private String email;
    private String newPassword;
    private boolean confirmed;
    private boolean resetRequested;

    /** The view action of the confirmation link. */
    public void confirmEmail() {
        try {
            recovery.confirmEmail(token);
            confirmed = true;
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
    }

    /** Always the same answer, whether or not the address has an account. */
    public void requestReset() {
        if (email == null || email.isBlank()) {
            Messages.error(facesContext, "login.email.required");
            return;
        }
        try {
            recovery.requestPasswordReset(email);
            resetRequested = true;
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
    }

    public void resetPassword() throws IOException {
        try {
            recovery.resetPassword(token, newPassword);
            ExternalContext external = facesContext.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?notice=passwordChanged");
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isResetRequested() {
        return resetRequested;
    }
}
