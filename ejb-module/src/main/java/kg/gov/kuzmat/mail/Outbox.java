package kg.gov.kuzmat.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.PortalMetrics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends what waits in the outbox through the server's mail session (java:jboss/mail/Kuzmat). Each mail
 * is tried right after its transaction commits, then by {@link OutboxTimer} while it is due; a mail
 * server that is down delays mail, it does not lose it. Sent mails are deleted after a week. Anyone may
 * ask for a due mail to be tried: that only does early what the timer would do.
 */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final Duration KEEP_SENT = Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/Kuzmat")
    private Session session;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private PortalMetrics metrics;

    /** One attempt at one mail, in its own transaction; a mail already sent or not yet due is left alone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean attempt(long id) {
        QueuedMail queued = em.find(QueuedMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (queued == null || !queued.isDueAt(clock.instant())) {
            return false;
        }
        try {
            transmit(queued.mail());
            queued.sent(clock.instant());
            return true;
        } catch (MessagingException | RuntimeException failure) {
            queued.failed(clock.instant(), failure.toString(), OutboxTimer.interval());
            metrics.mailAttemptFailed();
            // The address stays out of the log: the outbox row says whom it was for.
            LOG.warning(() -> "Mail " + id + " not sent (attempt " + queued.getAttempts() + "): " + failure);
            return false;
        }
    }

    /** Tries every due mail, each in its own transaction; answers how many were sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int retryDue() {
        Outbox self = context.getBusinessObject(Outbox.class);
        List<Long> due = self.due();
        int sent = 0;
        for (Long id : due) {
            if (self.attempt(id)) {
                sent++;
            }
        }
        self.purgeSent();
        return sent;
    }

    public List<Long> due() {
        return em.createNamedQuery("QueuedMail.due", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(500)
                .getResultList();
    }

    /** Sent mail holds personal data and tokens: it is kept a week, for the administrator's questions. */
    public void purgeSent() {
        em.createNamedQuery("QueuedMail.deleteSentBefore").setParameter("before", clock.instant().minus(KEEP_SENT))
                .executeUpdate();
    }

    private void transmit(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
