package kg.gov.kuzmat.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's own meters, registered in the server's Micrometer registry (micrometer subsystem,
 * Prometheus registry on the management interface). Counters count events in this server since its
 * start; the outbox gauges are read from the database every 15 seconds, so a scrape never queries
 * the database and the values are right across restarts and nodes.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PortalMetrics {

    private static final Logger LOG = Logger.getLogger(PortalMetrics.class.getName());

    @Inject
    private MeterRegistry registry;

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    private final AtomicLong mailsQueued = new AtomicLong();
    private final AtomicLong mailsGivenUp = new AtomicLong();
    private Counter applicationsSubmitted;
    private Counter mailAttemptsFailed;

    @PostConstruct
    void register() {
        // Use the registry's own counter(..)/gauge(..) methods, not Counter.builder(..).register(registry):
        // WildFly injects a per-deployment ApplicationRegistry that forwards only those methods to the
        // server's registries (Prometheus/OTLP); builder-registered meters stay in it and are never exported.
        applicationsSubmitted = registry.counter("kuzmat.applications.submitted", Tags.empty());
        mailAttemptsFailed = registry.counter("kuzmat.mail.attempts.failed", Tags.empty());
        registry.gauge("kuzmat.mail.queued", Tags.empty(), mailsQueued, AtomicLong::get);
        registry.gauge("kuzmat.mail.given.up", Tags.empty(), mailsGivenUp, AtomicLong::get);
        refresh();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "metrics refresh")
    void refresh() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery(
                     "SELECT COUNT(CASE WHEN next_attempt_at IS NOT NULL THEN 1 END),"
                             + " COUNT(CASE WHEN next_attempt_at IS NULL THEN 1 END)"
                             + " FROM mail_outbox WHERE sent_at IS NULL")) {
            counts.next();
            mailsQueued.set(counts.getLong(1));
            mailsGivenUp.set(counts.getLong(2));
        } catch (Exception failure) {
            // Said loudly: the gauges keep their last values while the database cannot be read.
            LOG.log(Level.WARNING, "Outbox gauges not refreshed: " + failure);
        }
    }

    /** Fired by the service that stores an application; counted only once that transaction commits. */
    public record ApplicationSubmitted() {
    }

    public void applicationSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationSubmitted application) {
        applicationsSubmitted.increment();
    }

    /** Applications counted since this server started. */
    public long applicationsSubmitted() {
        return (long) applicationsSubmitted.count();
    }

    public void mailAttemptFailed() {
        mailAttemptsFailed.increment();
    }
}
