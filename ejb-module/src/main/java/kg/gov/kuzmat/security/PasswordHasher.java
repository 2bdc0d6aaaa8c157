package kg.gov.kuzmat.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2 password hashing with parameters chosen on purpose: HMAC-SHA-512 with 210,000 iterations,
 * the current OWASP recommendation. Each stored hash carries its own parameters, so raising them
 * later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified when the e-mail is unknown, so a wrong address costs the same time as a wrong password. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoyHash = pbkdf2.generate("decoy password of no account".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void spendTimeOfOneVerification(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
