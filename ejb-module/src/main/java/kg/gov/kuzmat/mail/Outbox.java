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
import java.util.regex.Pattern;
import java.util.logging.Logger;

/**
 * Sends what waits in the outbox through the server's mail session (java:jboss/mail/Kuzmat). Each mail
 * is tried right after its transaction commits, then by {@link OutboxTimer} while it is due; a mail
 * server that is down delays mail, it does not lose it. A sent mail's text is emptied at once (it may hold a
 * single-use link); the rest goes after a week, as does a mail given up after its last attempt. Anyone may
 * ask for a due mail to be tried: that only does early what the timer would do.
 */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final Duration KEEP_SENT = Duration.ofDays(7);
    private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>@]+@[^\\s<>]+>?");

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
            // No address in the log, not even in the mail server's refusal ("550 5.1.1 <name@mail.kg>"):
            // the outbox row says whom it was for.
            LOG.warning(() -> "Mail " + id + " not sent (attempt " + queued.getAttempts() + "): " + withoutAddresses(failure.toString()));
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

    /**
     * What is left of a sent mail (to whom, subject, when: its text is emptied at sending) is kept a week,
     * for the administrator's questions; so is a mail given up after its last attempt, text and all.
     */
    public void purgeSent() {
        em.createNamedQuery("QueuedMail.deleteSentBefore").setParameter("before", clock.instant().minus(KEEP_SENT))
                .executeUpdate();
        em.createNamedQuery("QueuedMail.deleteGivenUpBefore").setParameter("before", clock.instant().minus(KEEP_SENT))
                .executeUpdate();
    }

    /** A mail server's words with every e-mail address in them replaced, for logs and the outbox's error. */
    static String withoutAddresses(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("<address>");
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
