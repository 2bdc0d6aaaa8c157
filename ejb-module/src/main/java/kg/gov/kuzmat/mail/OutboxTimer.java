package kg.gov.kuzmat.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.time.Duration;

/**
 * Tries the outbox's due mail every {@value #INTERVAL_PROPERTY} seconds (default 60): the first retry
 * of a failed mail waits one interval, each later one twice as long.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OutboxTimer {

    public static final String INTERVAL_PROPERTY = "kuzmat.mail.retry-seconds";

    @Resource
    private TimerService timers;

    @EJB
    private Outbox outbox;

    static Duration interval() {
        return Duration.ofSeconds(Math.max(1, Long.getLong(INTERVAL_PROPERTY, 60)));
    }

    @PostConstruct
    void start() {
        long millis = interval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("mail outbox", false));
    }

    @Timeout
    void tryDueMail() {
        outbox.retryDue();
    }
}
