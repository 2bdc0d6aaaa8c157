package kg.gov.kuzmat.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PersonErased;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * Issues and redeems the tokens mailed to people, inside the calling service's transaction. A token
 * is 256 random bits; the database keeps only its hash, so a copy of the database redeems nothing.
 */
@Dependent
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A fresh token for the account; earlier unused ones of the same purpose stop working. */
    public String issue(UserAccount account, AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        em.createNamedQuery("AccountToken.unusedOf", AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(earlier -> earlier.use(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new AccountToken(account, purpose, hash(token), now));
        return token;
    }

    /**
     * The account the token was issued to, using the token up. Unknown and used tokens are refused
     * alike; an expired one is refused so that the person knows to ask for a new one.
     */
    public UserAccount redeem(String token, AccountToken.Purpose... purposes) {
        Set<AccountToken.Purpose> accepted = Set.of(purposes);
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new BusinessException("token.invalid");
        }
        Instant now = clock.instant();
        AccountToken found = em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", hash(token.strip()))
                // Two clicks on one link at once: the second waits, then finds the token used.
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(candidate -> accepted.contains(candidate.getPurpose()) && !candidate.isUsed()
                        && !candidate.getAccount().isErased())
                .orElseThrow(() -> new BusinessException("token.invalid"));
        if (found.isExpiredAt(now)) {
            throw new BusinessException("token.expired");
        }
        found.use(now);
        return found.getAccount();
    }

    /** The person's account is erased: their tokens, used or not, go with it. */
    void erase(@Observes PersonErased erased) {
        em.createNamedQuery("AccountToken.deleteOf").setParameter("account", em.getReference(UserAccount.class, erased.accountId()))
                .executeUpdate();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
