package kg.gov.kuzmat.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The portal signs people in with its own PrimeFaces login page. A protected page redirects there
 * (so the address bar shows the login page) and returns to the page asked for after sign-in.
 * An empty error page keeps failures on the login page, with a translated message.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class SecurityConfiguration {
}
