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
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.MyAccount;
import kg.gov.kuzmat.security.SignInResult;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.LanguageServlet;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** login.xhtml: signs a person in and sends them to the page they asked for, or to their landing page. */
@Named
@RequestScoped
public class LoginBacking {

    private static final String ORIGINAL_REQUEST = "org.glassfish.soteria.original.request";
    /** The page that asked, kept by this portal across a refused attempt (Soteria forgets it then). */
    private static final String CONTINUE_TO = "kg.gov.kuzmat.continue-to";

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

    @EJB
    private CallerAccounts callers;

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
        // Signing in over an open session ends the person signed in there first: the new credentials
        // are judged on their own, and a wrong password never leaves the earlier person's session behind.
        if (request.getUserPrincipal() != null) {
            signOutCurrent(request);
        }
        // Read before authenticating: a new authentication makes Soteria forget the page that asked.
        String continueTo = pageThatAsked(request);
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
            SessionValidityFilter.remember(request, callers);
            myAccount.rememberLanguage(LanguagePreference.of(request).getCode());
        }
        switch (status) {
            // The mechanism already redirects to the page that asked for sign-in.
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(CONTINUE_TO);
                }
                external.redirect(continueTo != null ? continueTo : external.getRequestContextPath() + signedInUser.getLandingPath());
            }
            default -> {
                forgetFailedAttempt(request, continueTo);
                explainFailure();
            }
        }
    }

    /**
     * A refused sign-in leaves nothing of itself in the session: Soteria's mark of an attempt in progress
     * would otherwise answer the next protected page with a bare 401. The page that asked is kept for
     * the next try.
     */
    private static void forgetFailedAttempt(HttpServletRequest request, String continueTo) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (continueTo != null) {
            request.getSession(true).setAttribute(CONTINUE_TO, continueTo);
        }
    }

    private static void signOutCurrent(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException refused) {
            throw new IllegalStateException("The current identity could not be signed out", refused);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void explainFailure() {
        SignInResult result = attempt.result().orElse(null);
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
            Messages.error(facesContext, "login.locked", minutesUntil(result.lockedUntil()));
        } else if (result != null && result.outcome() == SignInResult.Outcome.THROTTLED) {
            Messages.error(facesContext, "login.throttled", minutesUntil(result.lockedUntil()));
        } else if (result != null && result.outcome() == SignInResult.Outcome.DISABLED) {
            Messages.error(facesContext, "login.disabled");
        } else {
            Messages.error(facesContext, "login.failed");
        }
    }

    private long minutesUntil(Instant end) {
        return Math.max(1, Duration.between(clock.instant(), end).toMinutes() + 1);
    }

    /**
     * Whether this sign-in was asked for by a page the person opened: Soteria (WildFly's Jakarta Security)
     * keeps that request under this session attribute and returns to it after sign-in.
     */
    public boolean isContinuing() {
        return pageThatAsked((HttpServletRequest) facesContext.getExternalContext().getRequest()) != null;
    }

    /**
     * The path and query of the page that asked for sign-in, from the request Soteria kept; only ever a
     * path on this site, whatever host that request named.
     */
    private static String pageThatAsked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CONTINUE_TO) instanceof String again) {
            return again;
        }
        Object kept = session == null ? null : session.getAttribute(ORIGINAL_REQUEST);
        if (kept == null) {
            return null;
        }
        try {
            URI asked = URI.create(String.valueOf(kept.getClass().getMethod("getFullRequestURL").invoke(kept)));
            String path = asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
            return path.startsWith(request.getContextPath() + "/") && LanguageServlet.localPath(path).equals(path) ? path : null;
        } catch (ReflectiveOperationException | IllegalArgumentException unreadable) {
            return null;
        }
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
