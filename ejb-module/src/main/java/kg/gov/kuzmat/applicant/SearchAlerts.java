package kg.gov.kuzmat.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every morning at 07:00 Bishkek time, mails each saved search with alerts the vacancies published
 * the day before (or since it was last covered) that match it. Not a persistent timer: a missed morning
 * is made up by the next one, since each alert remembers the last day it covered. On a cluster every
 * node runs it; an alert's row lock (its version) lets only one of them mail it.
 */
@Singleton
@RunAs(Role.Names.ADMIN)
public class SearchAlerts {

    private static final Logger LOG = Logger.getLogger(SearchAlerts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AlertDigest digest;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Bishkek", persistent = true, info = "saved-search alerts")
    void everyMorning() {
        int sent = sendAll(LocalDate.now(clock).minusDays(1));
        LOG.info(() -> "Saved-search alerts: " + sent + " mail(s)");
    }

    /** Covers every alert up to and including {@code through}; answers how many mails were sent. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendAll(LocalDate through) {
        List<Long> due = em.createNamedQuery("SavedSearch.alertsDue", Long.class)
                .setParameter("through", through)
                .getResultList();
        int sent = 0;
        for (Long id : due) {
            try {
                if (digest.send(id, through)) {
                    sent++;
                }
            } catch (RuntimeException failure) {
                LOG.warning(() -> "Saved search " + id + " was not covered: " + failure);
            }
        }
        return sent;
    }
}
