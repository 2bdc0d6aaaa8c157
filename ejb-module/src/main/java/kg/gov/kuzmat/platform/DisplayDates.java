package kg.gov.kuzmat.platform;

import java.time.format.DateTimeFormatter;

/** How the portal writes a date for people, in pages, PDFs and mails alike: dd.MM.yyyy, as Kyrgyz and Russian documents do. */
public final class DisplayDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DisplayDates() {
    }
}
