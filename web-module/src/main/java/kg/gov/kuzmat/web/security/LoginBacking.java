package kg.gov.kuzmat.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kg.gov.kuzmat.security.MyAccount;
import kg.gov.kuzmat.security.SignInResult;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** login.xhtml: signs a person in and sends them to the page they asked for, or to their landing page. */
@Named
@RequestScoped
public class LoginBacking {

    private static final String ORIGINAL_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private Clock clock;

    @EJB
    private MyAccount myAccount;

    private String email;
    private String password;
    private String notice;

    public void signIn() throws IOException {
        if (email == null || email.isBlank()) {
            Messages.error(facesContext, "login.email.required");
        }
        if (password == null || password.isEmpty()) {
            Messages.error(facesContext, "login.password.required");
        }
        if (!facesContext.getMessageList().isEmpty()) {
            return;
        }
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A session begun before sign-in (e.g. to remember the page asked for) gets a new id, so an id
        // someone planted or saw earlier never becomes a signed-in session.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE || status == AuthenticationStatus.SUCCESS) {
            myAccount.rememberLanguage(LanguagePreference.of(request).getCode());
        }
        switch (status) {
            // The mechanism already redirects to the page that asked for sign-in.
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + signedInUser.getLandingPath());
            default -> explainFailure();
        }
    }

    private void explainFailure() {
        SignInResult result = attempt.result().orElse(null);
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
            long minutes = Math.max(1, Duration.between(clock.instant(), result.lockedUntil()).toMinutes() + 1);
            Messages.error(facesContext, "login.locked", minutes);
        } else if (result != null && result.outcome() == SignInResult.Outcome.DISABLED) {
            Messages.error(facesContext, "login.disabled");
        } else {
            Messages.error(facesContext, "login.failed");
        }
    }

    /**
     * Whether this sign-in was asked for by a page the person opened: Soteria (WildFly's Jakarta Security)
     * keeps that request under this session attribute and returns to it after sign-in.
     */
    public boolean isContinuing() {
        HttpSession session = ((HttpServletRequest) facesContext.getExternalContext().getRequest()).getSession(false);
        return session != null && session.getAttribute(ORIGINAL_REQUEST) != null;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
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
}
