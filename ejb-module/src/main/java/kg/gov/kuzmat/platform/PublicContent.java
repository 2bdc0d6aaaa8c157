package kg.gov.kuzmat.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A version number of everything the public sees, raised whenever it changes on this server: copies of
 * public pages kept by the web tier are good only while the version they were made at is current.
 * Services fire {@link Changed}; the version moves only once the change is committed, so that a page
 * rendered from the old data can never be kept under the new version.
 */
@ApplicationScoped
public class PublicContent {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        version.incrementAndGet();
    }

    /** What changed, for whoever reads the event; the version does not care. */
    public record Changed(String what) {
    }
}
