package kg.gov.kuzmat.web.feedback;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.feedback.Feedback;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.Messages;

/** feedback.xhtml: anyone writes to the administrators; a refused message keeps what was typed. */
@Named
@RequestScoped
public class FeedbackBacking {

    @EJB
    private Feedback feedback;

    @Inject
    private LanguagePreference language;

    private String name;
    private String email;
    private String message;
    private boolean sent;

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            feedback.send(name, email, message, language.getCode(),
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
            sent = true;
            name = null;
            email = null;
            message = null;
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
