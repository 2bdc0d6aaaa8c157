package kg.gov.kuzmat.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.selection.Outcome;
import kg.gov.kuzmat.selection.Stage;
import kg.gov.kuzmat.vacancy.VacancyStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics built from aggregates only (policy 2.1.3): the database counts, this service groups the
 * counts into months, regions, bands and stages, and suppresses every count of people under five
 * before anything leaves it. No query here returns a person's row.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PortalStatistics {

    /** Age bands, by age on the last day of the period. */
    static final int[] BAND_STARTS = {18, 25, 35, 45, 55};
    /** The personal number's first digit: 1 for women, 2 for men. */
    private static final Map<String, String> SEX_BY_DIGIT = Map.of("1", "F", "2", "M");
    private static final List<String> APPLICANT_BUCKETS = List.of("0", "1-4", "5-9", "10-19", "20+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Dashboard dashboard(LocalDate from, LocalDate to, String agencyCode) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 3660) {
            throw new BusinessException("statistics.periodInvalid");
        }
        Agency agency = agencyCode == null || agencyCode.isBlank() ? null
                : em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", agencyCode.strip())
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("agency.notFound"));
        Filter filter = new Filter(from, to, agency);
        ApplicationsPerVacancy applications = applicationsPerVacancy(filter);
        return new Dashboard(from, to, agency == null ? null : agency.getCode(), vacanciesPerMonth(filter),
                vacanciesByRegion(filter), applications.buckets(), applications.average(), stagesReached(filter),
                decisionTimes(filter), bySexAndAge(filter, false), bySexAndAge(filter, true));
    }

    /** This year's headline figures for the public summary page. */
    @PermitAll
    public Headlines headlines() {
        LocalDate today = LocalDate.now(clock);
        Filter year = new Filter(today.withDayOfYear(1), today, null);
        long published = count(year, "SELECT COUNT(v) FROM Vacancy v WHERE v.publishedOn BETWEEN :from AND :to");
        long open = em.createQuery("SELECT COUNT(v) FROM Vacancy v WHERE v.status = :published AND v.applicationDeadline >= :today",
                Long.class).setParameter("published", VacancyStatus.PUBLISHED).setParameter("today", today).getSingleResult();
        long applications = count(year, "SELECT COUNT(a) FROM Application a JOIN a.vacancy v WHERE v.publishedOn BETWEEN :from AND :to");
        Dashboard.DecisionTimes times = decisionTimes(year);
        return new Headlines(today.getYear(), published, open, Suppression.total(applications), times.competitions(),
                times.medianDays());
    }

    private List<Cell> vacanciesPerMonth(Filter filter) {
        Map<String, long[]> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(filter.from); !month.isAfter(YearMonth.from(filter.to)); month = month.plusMonths(1)) {
            months.put(month.toString(), new long[AgencyType.values().length]);
        }
        for (Object[] row : rows(filter, "SELECT v.publishedOn, v.agencyType, COUNT(v) FROM Vacancy v"
                + " WHERE v.publishedOn BETWEEN :from AND :to", "GROUP BY v.publishedOn, v.agencyType")) {
            long[] counts = months.get(YearMonth.from((LocalDate) row[0]).toString());
            counts[((AgencyType) row[1]).ordinal()] += ((Number) row[2]).longValue();
        }
        List<Cell> cells = new ArrayList<>();
        months.forEach((month, counts) -> Arrays.stream(AgencyType.values())
                .forEach(type -> cells.add(new Cell(month, type.name(), counts[type.ordinal()]))));
        return cells;
    }

    private List<Cell> vacanciesByRegion(Filter filter) {
        Map<Region, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Region.values()).forEach(region -> counts.put(region, 0L));
        for (Object[] row : rows(filter, "SELECT v.region, COUNT(v) FROM Vacancy v WHERE v.publishedOn BETWEEN :from AND :to",
                "GROUP BY v.region")) {
            counts.put((Region) row[0], ((Number) row[1]).longValue());
        }
        return counts.entrySet().stream().map(e -> new Cell(e.getKey().name(), null, e.getValue())).toList();
    }

    /** How many vacancies drew how many applications (counts of vacancies, which describe no one), and the average. */
    private ApplicationsPerVacancy applicationsPerVacancy(Filter filter) {
        long vacancies = count(filter, "SELECT COUNT(v) FROM Vacancy v WHERE v.publishedOn BETWEEN :from AND :to");
        long[] buckets = new long[APPLICANT_BUCKETS.size()];
        long withApplications = 0;
        long applications = 0;
        for (Object[] row : rows(filter, "SELECT v.id, COUNT(a) FROM Application a JOIN a.vacancy v"
                + " WHERE v.publishedOn BETWEEN :from AND :to", "GROUP BY v.id")) {
            long count = ((Number) row[1]).longValue();
            withApplications++;
            applications += count;
            buckets[count < 5 ? 1 : count < 10 ? 2 : count < 20 ? 3 : 4]++;
        }
        buckets[0] = vacancies - withApplications;
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            cells.add(new Cell(APPLICANT_BUCKETS.get(i), null, buckets[i]));
        }
        return new ApplicationsPerVacancy(cells, vacancies == 0 ? null : Math.round(10.0 * applications / vacancies) / 10.0);
    }

    private record ApplicationsPerVacancy(List<Cell> buckets, Double average) {
    }

    /** Where each application's competition ended for it, as a partition of the applications. */
    private List<Cell> stagesReached(Filter filter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : List.of("NOT_ADMITTED_AT_REVIEW", "NOT_PASSED_TEST", "NOT_SELECTED_AT_INTERVIEW", "RESERVE", "WINNER",
                "IN_PROGRESS", "WITHDRAWN")) {
            counts.put(key, 0L);
        }
        for (Object[] row : rows(filter, "SELECT a.stage, a.outcome, COUNT(a) FROM Application a JOIN a.vacancy v"
                + " WHERE v.publishedOn BETWEEN :from AND :to", "GROUP BY a.stage, a.outcome")) {
            Stage stage = (Stage) row[0];
            Outcome outcome = (Outcome) row[1];
            String key = stage == Stage.WITHDRAWN ? "WITHDRAWN"
                    : outcome == Outcome.NOT_ADMITTED ? (stage == Stage.TESTING ? "NOT_PASSED_TEST" : "NOT_ADMITTED_AT_REVIEW")
                    : outcome == Outcome.NOT_SELECTED ? "NOT_SELECTED_AT_INTERVIEW"
                    : outcome.name();
            counts.merge(key, ((Number) row[2]).longValue(), Long::sum);
        }
        return Suppression.apply(counts.entrySet().stream().map(e -> new Cell(e.getKey(), null, e.getValue())).toList());
    }

    private Dashboard.DecisionTimes decisionTimes(Filter filter) {
        List<Long> days = new ArrayList<>();
        for (Object[] row : rows(filter, "SELECT v.publishedOn, c.decidedAt FROM Competition c JOIN c.vacancy v"
                + " WHERE c.decidedAt BETWEEN :start AND :end", "")) {
            LocalDate decided = LocalDate.ofInstant((Instant) row[1], ClockProducer.BISHKEK);
            days.add(ChronoUnit.DAYS.between((LocalDate) row[0], decided));
        }
        days.sort(Long::compare);
        return new Dashboard.DecisionTimes(days.size(), days.isEmpty() ? null : days.get(days.size() / 2),
                days.isEmpty() ? null : Math.round(10.0 * days.stream().mapToLong(Long::longValue).average().orElse(0)) / 10.0);
    }

    /** People who applied (or won) by sex and age band: the database counts per birth date, this bands them. */
    private List<Cell> bySexAndAge(Filter filter, boolean winners) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int start : BAND_STARTS) {
            for (String sex : List.of("F", "M")) {
                counts.put(band(start) + "\n" + sex, 0L);
            }
        }
        // One query per sex (the personal number's first digit, matched in WHERE): PostgreSQL refuses a
        // SUBSTRING in GROUP BY once its bounds are bound as parameters, as EclipseLink binds them.
        for (Map.Entry<String, String> sex : SEX_BY_DIGIT.entrySet()) {
            TypedQuery<Object[]> query = em.createQuery("SELECT p.birthDate, COUNT(DISTINCT p.id)"
                    + " FROM Application a JOIN a.vacancy v, Applicant p WHERE p.account = a.applicant"
                    + " AND v.publishedOn BETWEEN :from AND :to AND p.personalNumber LIKE :sexDigit"
                    + (winners ? " AND a.outcome = kg.gov.kuzmat.selection.Outcome.WINNER" : "")
                    + filter.agencyClause() + " GROUP BY p.birthDate", Object[].class);
            filter.bind(query);
            query.setParameter("sexDigit", sex.getKey() + "%");
            for (Object[] row : query.getResultList()) {
                int age = Period.between((LocalDate) row[0], filter.to).getYears();
                int start = BAND_STARTS[0];
                for (int candidate : BAND_STARTS) {
                    if (age >= candidate) {
                        start = candidate;
                    }
                }
                counts.merge(band(start) + "\n" + sex.getValue(), ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return Suppression.apply(counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\n");
            return new Cell(key[0], key[1], e.getValue());
        }).toList());
    }

    private static String band(int start) {
        int index = Arrays.binarySearch(BAND_STARTS, start);
        return index == BAND_STARTS.length - 1 ? start + "+" : start + "-" + (BAND_STARTS[index + 1] - 1);
    }

    private long count(Filter filter, String jpql) {
        TypedQuery<Long> query = em.createQuery(jpql + filter.agencyClause(), Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }

    private List<Object[]> rows(Filter filter, String jpql, String grouping) {
        TypedQuery<Object[]> query = em.createQuery(jpql + filter.agencyClause() + " " + grouping, Object[].class);
        filter.bind(query);
        return query.getResultList();
    }

    /** The period and, if chosen, the agency every figure is limited to. */
    private record Filter(LocalDate from, LocalDate to, Agency agency) {

        String agencyClause() {
            return agency == null ? "" : " AND v.agency = :agency";
        }

        void bind(TypedQuery<?> query) {
            query.getParameters().forEach(parameter -> {
                switch (parameter.getName()) {
                    case "from" -> query.setParameter("from", from);
                    case "to" -> query.setParameter("to", to);
                    case "start" -> query.setParameter("start", from.atStartOfDay(ClockProducer.BISHKEK).toInstant());
                    case "end" -> query.setParameter("end", to.plusDays(1).atStartOfDay(ClockProducer.BISHKEK).toInstant());
                    case "agency" -> query.setParameter("agency", agency);
                    case "sexDigit" -> {
                        // bound by bySexAndAge, per sex
                    }
                    default -> throw new IllegalStateException(parameter.getName());
                }
            });
        }
    }
}
