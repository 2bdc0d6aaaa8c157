package kg.gov.kuzmat.web.caching;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Copies of public answers as they were sent to an anonymous reader, so that a popular search is
 * rendered once rather than for every reader. A copy is good only while the public content has not
 * changed on this server since it was made (see {@code PublicContent}), on the same day (days left to a
 * deadline change at midnight), and for no longer than browsers may keep it anyway, which bounds how
 * late a change made on another server of a cluster shows. The least recently used copies make way
 * when the copies outgrow their memory budget.
 */
@ApplicationScoped
public class PublicCopies {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final long BUDGET_BYTES = 32L * 1024 * 1024;
    /** A larger answer is not worth keeping: nothing public is this big but an export. */
    static final int LARGEST_KEPT = 512 * 1024;

    /** How long a reader waits for another request rendering the same answer before rendering it too. */
    static final Duration WAIT_FOR_RENDERING = Duration.ofSeconds(5);

    private final long budgetBytes;
    private final LinkedHashMap<String, Copy> copies = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    /** Answers being rendered now: when a popular copy expires, one request renders it, not all of them. */
    private final ConcurrentHashMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

    public PublicCopies() {
        this(BUDGET_BYTES);
    }

    PublicCopies(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** An answer as sent: its headers (other than the caching ones, set afresh), body and ETag. */
    public record Copy(long version, LocalDate day, Instant made, String contentType,
                       List<Map.Entry<String, String>> headers, byte[] body, String etag) {
    }

    synchronized Optional<Copy> find(String key, long version, LocalDate today, Instant now) {
        Copy copy = copies.get(key);
        if (copy == null) {
            return Optional.empty();
        }
        if (copy.version() != version || !copy.day().equals(today) || copy.made().plus(MAX_AGE).isBefore(now)) {
            remove(key);
            return Optional.empty();
        }
        return Optional.of(copy);
    }

    synchronized void keep(String key, Copy copy) {
        if (copy.body().length > LARGEST_KEPT) {
            return;
        }
        remove(key);
        copies.put(key, copy);
        bytes += copy.body().length;
        Iterator<Copy> eldestFirst = copies.values().iterator();
        while (bytes > budgetBytes && eldestFirst.hasNext()) {
            bytes -= eldestFirst.next().body().length;
            eldestFirst.remove();
        }
    }

    /**
     * Claims the rendering of an answer nobody has a copy of. True: the caller renders it and then calls
     * {@link #rendered}. False: another request was rendering it; this one has waited for it (a bounded
     * time) and should look for the copy again.
     */
    boolean claimRendering(String key) throws InterruptedException {
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch other = rendering.putIfAbsent(key, mine);
        if (other == null) {
            return true;
        }
        other.await(WAIT_FOR_RENDERING.toMillis(), TimeUnit.MILLISECONDS);
        return false;
    }

    void rendered(String key) {
        CountDownLatch latch = rendering.remove(key);
        if (latch != null) {
            latch.countDown();
        }
    }

    synchronized int size() {
        return copies.size();
    }

    private void remove(String key) {
        Copy removed = copies.remove(key);
        if (removed != null) {
            bytes -= removed.body().length;
        }
    }
}
