package kg.gov.kuzmat.applicant;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Length of service as personnel departments count it: each stretch of work from its first to its
 * last day inclusive, overlapping jobs counted once, whole years, months and days added up, with
 * 30 days making a month and 12 months a year. A current job runs to today.
 */
public record ServiceLength(int years, int months, int days) implements Serializable {

    public static final ServiceLength NONE = new ServiceLength(0, 0, 0);

    public static ServiceLength of(List<WorkPeriod> periods, LocalDate today, Predicate<WorkPeriod> counted) {
        List<LocalDate[]> stretches = new ArrayList<>();
        periods.stream()
                .filter(counted)
                .filter(period -> period.getStartedOn() != null && !period.getStartedOn().isAfter(today))
                .map(period -> new LocalDate[]{period.getStartedOn(), endOf(period, today)})
                .filter(stretch -> !stretch[1].isBefore(stretch[0]))
                .sorted(Comparator.comparing(stretch -> stretch[0]))
                .forEach(stretch -> {
                    LocalDate[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
                    if (last != null && !stretch[0].isAfter(last[1].plusDays(1))) {
                        if (stretch[1].isAfter(last[1])) {
                            last[1] = stretch[1];
                        }
                    } else {
                        stretches.add(stretch);
                    }
                });
        int years = 0;
        int months = 0;
        int days = 0;
        for (LocalDate[] stretch : stretches) {
            Period length = Period.between(stretch[0], stretch[1].plusDays(1));
            years += length.getYears();
            months += length.getMonths();
            days += length.getDays();
        }
        months += days / 30;
        days %= 30;
        years += months / 12;
        months %= 12;
        return new ServiceLength(years, months, days);
    }

    private static LocalDate endOf(WorkPeriod period, LocalDate today) {
        return period.getEndedOn() == null || period.getEndedOn().isAfter(today) ? today : period.getEndedOn();
    }
}
