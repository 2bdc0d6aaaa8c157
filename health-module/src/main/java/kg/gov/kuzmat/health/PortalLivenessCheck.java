package kg.gov.kuzmat.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Alive unless the JVM is nearly out of heap. It deliberately ignores the database: restarting the
 * server does not bring a database back, so a database outage must make the portal not-ready (stop
 * traffic), never not-live (a restart loop).
 */
@Liveness
@ApplicationScoped
public class PortalLivenessCheck implements HealthCheck {

    /** Share of the maximum heap in use after which the server is reported DOWN. */
    private static final double HEAP_LIMIT = 0.98;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        return HealthCheckResponse.named("kuzmat-live")
                .status(heap.getUsed() < HEAP_LIMIT * max)
                .withData("heapUsedBytes", heap.getUsed())
                .withData("heapMaxBytes", max)
                .build();
    }
}
