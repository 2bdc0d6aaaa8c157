package kg.gov.kuzmat.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import kg.gov.kuzmat.mail.Mail;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails the services committed to send, as the delivery sees them. In-container tests read the
 * links here; SMTP delivery itself is tested from the browser tests with a real mail server.
 */
@ApplicationScoped
public class SentMails {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        sent.add(mail);
    }

    public List<Mail> to(String address) {
        return sent.stream().filter(mail -> mail.to().equals(address)).toList();
    }

    /** The token of the newest link to {@code page} mailed to the address. */
    public Optional<String> newestToken(String address, String page) {
        Pattern link = Pattern.compile(Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)");
        List<Mail> mails = to(address);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher matcher = link.matcher(mails.get(i).text());
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
