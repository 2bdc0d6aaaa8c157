package kg.gov.kuzmat.vacancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.PublicContent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Keeps the catalogue true without anyone's click: closes vacancies whose deadline has passed every
 * night just after midnight in Bishkek (readers already see them closed, see {@link VacancyCatalogue}),
 * and at start-up indexes for search any vacancy that has no search terms yet.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CatalogueMaintenance {

    private static final Logger LOG = Logger.getLogger(CatalogueMaintenance.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<PublicContent.Changed> publicContentChanged;

    @PostConstruct
    void onStart() {
        closeOverdue();
        int indexed = 0;
        for (Vacancy vacancy : em.createNamedQuery("Vacancy.findWithoutSearchTerms", Vacancy.class).getResultList()) {
            vacancy.indexText();
            indexed++;
        }
        if (indexed > 0) {
            int count = indexed;
            LOG.info(() -> "Indexed " + count + " vacancies for search");
        }
    }

    @Schedule(hour = "0", minute = "5", timezone = "Asia/Bishkek", persistent = true)
    public void closeOverdue() {
        int closed = em.createNamedQuery("Vacancy.closeOverdue")
                .setParameter("today", LocalDate.now(clock))
                .executeUpdate();
        if (closed > 0) {
            publicContentChanged.fire(new PublicContent.Changed("vacancies closed"));
            LOG.info(() -> "Closed " + closed + " vacancies whose deadline has passed");
        }
    }
}
