package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the SQL statements EclipseLink sends while a piece of work runs on this thread, so that a
 * test can prove a page of results costs a fixed number of queries, not one more per row (N+1).
 */
@Stateless
@PermitAll
public class SqlStatements {

    private static final AtomicBoolean LISTENING = new AtomicBoolean();
    private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

    @PersistenceContext
    private EntityManager em;

    /** The number of SQL statements the work sent. */
    public int countDuring(Callable<?> work) throws Exception {
        if (LISTENING.compareAndSet(false, true)) {
            em.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                    int[] counter = COUNTER.get();
                    if (counter != null) {
                        counter[0]++;
                    }
                }
            });
        }
        int[] counter = {0};
        COUNTER.set(counter);
        try {
            work.call();
            return counter[0];
        } finally {
            COUNTER.remove();
        }
    }
}
