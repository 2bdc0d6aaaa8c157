package kg.gov.kuzmat.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RateLimits;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The public feedback form and the administrators' inbox. Without a CAPTCHA, abuse is limited per
 * address: at most {@link #perHour()} messages an hour from one address (5 unless
 * {@value #PER_HOUR_PROPERTY} says otherwise). A message reaches the inbox
 * and is mailed to the administration's address ({@value #ADMIN_EMAIL_PROPERTY}; without it, to every
 * enabled administrator); the answer is mailed to the sender in their language.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Feedback {

    public static final String PER_HOUR_PROPERTY = "kuzmat.feedback.per-hour";
    public static final String ADMIN_EMAIL_PROPERTY = "kuzmat.admin-email";
    private static final Set<String> LANGUAGES = Set.of("ky", "ru", "en");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    @Inject
    private Clock clock;

    @EJB
    private RateLimits limits;

    @PermitAll
    public void send(String name, String email, String message, String language, String address) {
        String sender = required(name, 200, "feedback.nameRequired");
        String text = required(message, 4000, "feedback.messageRequired");
        String replyTo = email == null || email.isBlank() ? "" : UserAccount.normalizeEmail(email);
        if (!UserAccount.isDeliverable(replyTo)) {
            throw new BusinessException("feedback.emailInvalid");
        }
        if (text.length() < 10) {
            throw new BusinessException("feedback.messageTooShort");
        }
        Instant now = clock.instant();
        if (address != null && !limits.take(RateLimits.Kind.FEEDBACK_ADDRESS, address, perHour(), Duration.ofHours(1))) {
            throw new BusinessException("feedback.tooMany", perHour());
        }
        String lang = language != null && LANGUAGES.contains(language) ? language : UserAccount.DEFAULT_LANGUAGE;
        FeedbackMessage received = new FeedbackMessage(sender, replyTo, text, lang, address, now);
        em.persist(received);
        // The administrators are told that a message waits, not what it says or who sent it: the message
        // stays in the inbox, where it is erased with the sender's account, not in mailboxes beyond reach.
        for (String administrator : administrators()) {
            mail.fire(texts.compose(administrator, "ru", "feedbackReceived", "/admin/feedback.xhtml",
                    String.valueOf(received.getId())));
        }
    }

    /** Messages one address may send in an hour. */
    public static int perHour() {
        return Math.max(1, Integer.getInteger(PER_HOUR_PROPERTY, 5));
    }

    public List<FeedbackMessage> inbox() {
        return em.createNamedQuery("FeedbackMessage.inbox", FeedbackMessage.class).setMaxResults(200).getResultList();
    }

    /** Mails the answer to the sender, once. */
    public FeedbackMessage answer(long messageId, String answer) {
        FeedbackMessage message = em.find(FeedbackMessage.class, messageId);
        if (message == null) {
            throw new BusinessException("feedback.notFound");
        }
        String text = required(answer, 4000, "feedback.answerRequired");
        message.answer(text, callers.currentName(), clock.instant());
        mail.fire(texts.compose(message.getEmail(), message.getLanguage(), "feedbackAnswer", "/feedback.xhtml", text,
                message.getMessage()));
        return message;
    }

    private List<String> administrators() {
        String configured = System.getProperty(ADMIN_EMAIL_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return List.of(configured.strip());
        }
        return em.createQuery("SELECT u.email FROM UserAccount u WHERE :role MEMBER OF u.roles AND u.enabled = TRUE", String.class)
                .setParameter("role", Role.ADMIN).getResultList();
    }

    private static String required(String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(missingKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("feedback.tooLong", max);
        }
        return stripped;
    }
}
