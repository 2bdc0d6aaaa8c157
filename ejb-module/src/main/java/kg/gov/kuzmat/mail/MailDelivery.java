package kg.gov.kuzmat.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands committed mails to the server's mail session (java:jboss/mail/Kuzmat, configured by
 * server-config). A mail server that is down costs the person a mail, never their registration:
 * the failure is logged without the address, and every mailed link can be asked for again.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:jboss/mail/Kuzmat")
    private Session session;

    /** Mail leaves on another thread: the request does not wait for SMTP, nor betray by its timing whether it mailed. */
    @Resource
    private ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        executor.execute(() -> send(mail));
    }

    private void send(Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException failure) {
            LOG.log(Level.WARNING, "A mail could not be sent: " + mail.subject(), failure);
        }
    }
}
