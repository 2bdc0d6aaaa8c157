package kg.gov.kuzmat.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Tries the outbox's due mail every {@value #INTERVAL_PROPERTY} seconds (default 60): the first retry
 * of a failed mail waits one interval, each later one twice as long.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());
    private static final String TIMER_NAME = "mail outbox";

    public static final String INTERVAL_PROPERTY = "kuzmat.mail.retry-seconds";

    @Resource
    private TimerService timers;

    @EJB
    private Outbox outbox;

    static Duration interval() {
        return Duration.ofSeconds(Math.max(1, Long.getLong(INTERVAL_PROPERTY, 60)));
    }

    /**
     * A persistent timer: on a cluster (standalone-ha, distributable timer service) it fires on one
     * node only and moves to a surviving node when that node dies. It outlives restarts, so it is
     * created only when no node has created it yet, and one made for another interval (its info names
     * the interval) is replaced. Two nodes starting at the very same moment could each create one;
     * the next start of either removes the extra (cluster.sh starts nodes one after the other), and
     * meanwhile each due mail is still sent once (Outbox locks it).
     */
    @PostConstruct
    void start() {
        long millis = interval().toMillis();
        String info = TIMER_NAME + " every " + millis + " ms";
        boolean kept = false;
        for (Timer timer : timers.getTimers()) {
            if (!(timer.getInfo() instanceof String name) || !name.startsWith(TIMER_NAME)) {
                continue;
            }
            if (!kept && info.equals(name) && timer.isPersistent()) {
                kept = true;
            } else {
                try {
                    timer.cancel();
                } catch (RuntimeException gone) {
                    // cancelled meanwhile by another node
                }
            }
        }
        if (!kept) {
            timers.createIntervalTimer(millis, millis, new TimerConfig(info, true));
        }
        String outcome = kept ? "already scheduled" : "created";
        LOG.info(() -> "Mail outbox timer " + outcome + " on " + System.getProperty("jboss.node.name"));
    }

    @Timeout
    void tryDueMail() {
        LOG.fine(() -> "Mail outbox timer fired on " + System.getProperty("jboss.node.name"));
        outbox.retryDue();
    }
}
