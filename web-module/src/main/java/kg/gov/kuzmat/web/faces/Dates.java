package kg.gov.kuzmat.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.platform.DisplayDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The portal's one way to show dates (dd.MM.yyyy, as in Kyrgyz and Russian documents) and moments
 * (with the time in Bishkek), in Java and as {@code #{dates.date(…)}} in pages.
 */
@Named
@ApplicationScoped
public class Dates {

    public static final DateTimeFormatter DATE = DisplayDates.DATE;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ClockProducer.BISHKEK);

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String format(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    public String date(LocalDate date) {
        return format(date);
    }

    public String moment(Instant moment) {
        return format(moment);
    }
}
