package kg.gov.kuzmat.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Alive unless the JVM is nearly out of heap even right after a garbage collection. It deliberately
 * ignores the database: restarting the server does not bring a database back, so a database outage
 * must make the portal not-ready (stop traffic), never not-live (a restart loop).
 */
@Liveness
@ApplicationScoped
public class PortalLivenessCheck implements HealthCheck {

    /** Share of a heap pool still in use after a collection beyond which the server is reported DOWN. */
    private static final double HEAP_LIMIT = 0.98;

    @Override
    public HealthCheckResponse call() {
        // What the collector could not free, per heap pool: the heap's plain "used" includes garbage and
        // would report a healthy server DOWN just before a collection.
        double fullest = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null && afterCollection.getMax() > 0) {
                fullest = Math.max(fullest, (double) afterCollection.getUsed() / afterCollection.getMax());
            }
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("kuzmat-live")
                .status(fullest < HEAP_LIMIT)
                .withData("heapUsedBytes", heap.getUsed())
                .withData("heapMaxBytes", heap.getMax())
                .withData("fullestPoolAfterCollectionPercent", Math.round(fullest * 100))
                .build();
    }
}
