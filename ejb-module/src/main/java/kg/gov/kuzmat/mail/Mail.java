package kg.gov.kuzmat.mail;

import java.util.Objects;

/**
 * A plain-text mail to one person. Services fire it as an event inside their transaction; it is
 * sent only if that transaction commits, so a refused registration never mails a link.
 */
public record Mail(String to, String subject, String text) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
