package kg.gov.kuzmat.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrators' dashboard for a period (and optionally one agency): only aggregates, with every
 * count of people k-anonymised. Counts of vacancies and competitions describe no person and are shown whole.
 */
public record Dashboard(LocalDate from, LocalDate to, String agencyCode,
                        List<Cell> vacanciesPerMonth,
                        List<Cell> vacanciesByRegion,
                        List<Cell> applicantsPerVacancy,
                        Double averageApplicantsPerVacancy,
                        List<Cell> stagesReached,
                        DecisionTimes decisionTimes,
                        List<Cell> applicantsBySexAndAge,
                        List<Cell> winnersBySexAndAge) implements Serializable {

    /** The share of all applications that ended at the stage, where both counts are shown; else null. */
    public Double shareOfApplications(Cell stage) {
        long total = stagesReached.stream().filter(c -> !c.isSuppressed()).mapToLong(Cell::count).sum();
        boolean totalKnown = stagesReached.stream().noneMatch(Cell::isSuppressed);
        return stage.isSuppressed() || !totalKnown || total == 0 ? null : Math.round(1000.0 * stage.count() / total) / 10.0;
    }

    /** Days from publication to the commission's decision, over the competitions decided in the period. */
    public record DecisionTimes(long competitions, Long medianDays, Double averageDays) implements Serializable {
    }

    /** Every figure as a row of a spreadsheet: section, row, column, count (empty where suppressed). */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "row", "column", "count"));
        add(rows, "vacancies_per_month", vacanciesPerMonth);
        add(rows, "vacancies_by_region", vacanciesByRegion);
        add(rows, "vacancies_by_applicants", applicantsPerVacancy);
        add(rows, "applications_by_stage_reached", stagesReached);
        add(rows, "applicants_by_sex_and_age", applicantsBySexAndAge);
        add(rows, "winners_by_sex_and_age", winnersBySexAndAge);
        rows.add(List.of("decision_time", "competitions", "", String.valueOf(decisionTimes.competitions())));
        rows.add(List.of("decision_time", "median_days", "", decisionTimes.medianDays() == null ? "" : decisionTimes.medianDays().toString()));
        return rows;
    }

    private static void add(List<List<String>> rows, String section, List<Cell> cells) {
        cells.forEach(c -> rows.add(List.of(section, c.row(), c.column() == null ? "" : c.column(),
                c.count() == null ? "" : c.count().toString())));
    }
}
