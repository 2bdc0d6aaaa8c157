package kg.gov.kuzmat.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one limiter of what a client can repeat: at most {@code limit} hits per bucket in each fixed window
 * of time. A hit is counted by one UPDATE that raises the counter only while it is below the limit, so
 * parallel requests are counted one by one by the database (on every node of a cluster) and never all pass
 * a check made before any of them counted. Each hit commits on its own: a hit counts even when the request
 * that made it fails afterwards. Buckets hold a SHA-256 of what they count, never an address in clear.
 */
@Stateless
@PermitAll
public class RateLimits {

    /** What is counted, and per what. */
    public enum Kind {
        SIGN_IN_ADDRESS, SIGN_IN_FAILURE, SIGN_IN_LOCK, REGISTRATION_ADDRESS, PASSWORD_RESET_ADDRESS, PASSWORD_RESET_ACCOUNT,
        FEEDBACK_ADDRESS, CONFIRMATION_ACCOUNT
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /**
     * Counts a hit of {@code subject} under the kind, if fewer than {@code limit} were counted in the current
     * window; answers whether it was counted (false: the limit is reached, refuse).
     */
    public boolean take(Kind kind, String subject, int limit, Duration window) {
        String bucket = bucket(kind, subject);
        long start = windowStart(window);
        RateLimits self = context.getBusinessObject(RateLimits.class);
        try {
            self.open(bucket, start);
        } catch (EJBException openedByAParallelRequest) {
            // Another request created the counter between our look and our insert: count on it.
        }
        return self.hit(bucket, start, limit);
    }

    /** Whether the limit of the current window is reached, without counting anything. */
    public boolean exhausted(Kind kind, String subject, int limit, Duration window) {
        List<?> hits = em.createNativeQuery("SELECT hits FROM rate_counter WHERE bucket = ?1 AND window_start = ?2")
                .setParameter(1, bucket(kind, subject)).setParameter(2, windowStart(window)).getResultList();
        return !hits.isEmpty() && ((Number) hits.get(0)).intValue() >= limit;
    }

    /**
     * Locks the subject from now on, for as long as the caller's {@link #lockedUntil} asks: unlike a
     * window's limit, a lock lasts its whole length from the moment it was set.
     */
    public void lock(Kind kind, String subject) {
        try {
            context.getBusinessObject(RateLimits.class).open(bucket(kind, subject), clock.instant().getEpochSecond());
        } catch (EJBException lockedInTheSameSecond) {
            // A parallel request set the same lock: one is enough.
        }
    }

    /** Until when the newest lock of the subject holds, if it still does. */
    public Optional<Instant> lockedUntil(Kind kind, String subject, Duration length) {
        Object newest = em.createNativeQuery("SELECT MAX(window_start) FROM rate_counter WHERE bucket = ?1")
                .setParameter(1, bucket(kind, subject)).getSingleResult();
        if (newest == null) {
            return Optional.empty();
        }
        Instant until = Instant.ofEpochSecond(((Number) newest).longValue()).plus(length);
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    /** When the current window ends, and with it a refusal. */
    public Instant windowEnd(Duration window) {
        return Instant.ofEpochSecond(windowStart(window) + window.toSeconds());
    }

    /** Forgets the counts of a subject (a successful sign-in starts the failures again). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forget(Kind kind, String subject) {
        em.createNativeQuery("DELETE FROM rate_counter WHERE bucket = ?1").setParameter(1, bucket(kind, subject)).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String bucket, long windowStart) {
        em.createNativeQuery("INSERT INTO rate_counter (bucket, window_start, hits) SELECT ?1, ?2, 0 WHERE NOT EXISTS"
                        + " (SELECT 1 FROM rate_counter WHERE bucket = ?1 AND window_start = ?2)")
                .setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hit(String bucket, long windowStart, int limit) {
        return em.createNativeQuery("UPDATE rate_counter SET hits = hits + 1 WHERE bucket = ?1 AND window_start = ?2 AND hits < ?3")
                .setParameter(1, bucket).setParameter(2, windowStart).setParameter(3, limit).executeUpdate() == 1;
    }

    /** Counters live a little longer than the longest window (a day), then go. */
    @Schedule(hour = "*", minute = "17", persistent = false, info = "rate counters")
    public void deleteOldCounters() {
        em.createNativeQuery("DELETE FROM rate_counter WHERE window_start < ?1")
                .setParameter(1, clock.instant().minus(Duration.ofDays(2)).getEpochSecond()).executeUpdate();
    }

    private long windowStart(Duration window) {
        long seconds = window.toSeconds();
        return clock.instant().getEpochSecond() / seconds * seconds;
    }

    private static String bucket(Kind kind, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8));
            return kind.name().toLowerCase() + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
