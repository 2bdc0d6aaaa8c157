package kg.gov.kuzmat.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Jakarta Security (and with it the injectable Pbkdf2PasswordHash) is active only in a deployment
 * that defines an authentication mechanism. In the EAR the web module does; the service-layer test
 * deployment has no pages, so it defines this one, which no test request ever uses.
 */
@BasicAuthenticationMechanismDefinition(realmName = "kuzmat-services-test")
@ApplicationScoped
public class JakartaSecurityActivation {
}
