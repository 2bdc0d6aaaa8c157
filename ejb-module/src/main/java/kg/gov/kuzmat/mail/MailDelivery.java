package kg.gov.kuzmat.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.PersonErased;

import java.time.Clock;

/**
 * Puts every mail a service fires into the outbox inside that service's transaction, and once the
 * transaction commits, hands it to the {@link Outbox} on another thread: the request neither waits for
 * the mail server nor tells by its timing whether it mailed, and a rolled-back change mails nothing.
 */
@ApplicationScoped
public class MailDelivery {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<Queued> queued;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private Outbox outbox;

    void enqueue(@Observes(during = TransactionPhase.IN_PROGRESS) Mail mail) {
        QueuedMail row = new QueuedMail(mail, clock.instant());
        em.persist(row);
        em.flush();
        queued.fire(new Queued(row.getId()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued mail) {
        executor.execute(() -> outbox.attempt(mail.id()));
    }

    /** The person erased their account: mail to them that waits, or was kept after sending, goes too. */
    void erase(@Observes PersonErased erased) {
        em.createNamedQuery("QueuedMail.deleteTo").setParameter("recipient", erased.email()).executeUpdate();
    }

    /** A mail that was committed to the outbox. */
    record Queued(long id) {
    }
}
