package kg.gov.kuzmat.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the portal writes a date for people, in pages, PDFs and mails alike: dd.MM.yyyy, as Kyrgyz and Russian documents do. */
public final class DisplayDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A moment as the portal's people read it: Bishkek time. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ClockProducer.BISHKEK));
    }

    private DisplayDates() {
    }
}
