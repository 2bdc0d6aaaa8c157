package kg.gov.kuzmat.web.statistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.statistics.Cell;
import kg.gov.kuzmat.statistics.Dashboard;
import kg.gov.kuzmat.statistics.PortalStatistics;
import kg.gov.kuzmat.web.faces.SearchQuery;
import kg.gov.kuzmat.web.i18n.Messages;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * admin/statistics.xhtml?from=…&amp;to=…&amp;agency=…: the dashboard of anonymised figures with their
 * charts; the period (a year back by default) and the agency live in the URL.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    @EJB
    private PortalStatistics statistics;

    private LocalDate from;
    private LocalDate to;
    private String agency;
    private Dashboard dashboard;

    public void load() {
        LocalDate today = LocalDate.now(ClockProducer.BISHKEK);
        if (to == null) {
            to = today;
        }
        if (from == null) {
            from = to.minusYears(1).plusDays(1);
        }
        try {
            dashboard = statistics.dashboard(from, to, agency);
        } catch (BusinessException refused) {
            Messages.error(FacesContext.getCurrentInstance(), refused);
        }
    }

    public String getVacanciesPerMonthChart() {
        List<String> months = rows(dashboard.vacanciesPerMonth());
        return ChartJson.bars(months, List.of(AgencyType.values()).stream().map(type -> new ChartJson.Series(
                text("agencyType." + type.name()), months.stream().map(month -> figure(dashboard.vacanciesPerMonth(), month,
                        type.name())).toList())).toList(), true);
    }

    public String getRegionsChart() {
        return single(dashboard.vacanciesByRegion(), row -> text("region." + row), "statistics.vacancies");
    }

    public String getApplicantsPerVacancyChart() {
        return single(dashboard.applicantsPerVacancy(), row -> row, "statistics.vacancies");
    }

    public String getStagesChart() {
        return single(dashboard.stagesReached(), row -> text("statistics.stage." + row), "statistics.applications");
    }

    public String getApplicantsChart() {
        return bySex(dashboard.applicantsBySexAndAge());
    }

    public String getWinnersChart() {
        return bySex(dashboard.winnersBySexAndAge());
    }

    private String bySex(List<Cell> cells) {
        List<String> bands = rows(cells);
        return ChartJson.bars(bands, List.of("F", "M").stream().map(sex -> new ChartJson.Series(text("statistics.sex." + sex),
                bands.stream().map(band -> figure(cells, band, sex)).toList())).toList(), false);
    }

    private String single(List<Cell> cells, Function<String, String> label, String seriesKey) {
        List<String> rows = rows(cells);
        return ChartJson.bars(rows.stream().map(label).toList(),
                List.of(new ChartJson.Series(text(seriesKey), cells.stream().map(Cell::count).toList())), false);
    }

    private static List<String> rows(List<Cell> cells) {
        return List.copyOf(cells.stream().map(Cell::row).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The figure at the row and column: null where suppressed, which the chart leaves out. */
    private static Long figure(List<Cell> cells, String row, String column) {
        return cells.stream().filter(c -> c.row().equals(row) && column.equals(c.column())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figure " + row + "/" + column)).count();
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance(), key);
    }

    /** The period and agency shown, as the export's query (empty values left out). */
    public String getQuery() {
        return SearchQuery.of("from", from, "to", to, "agency", agency);
    }

    /** A figure for a table: the count, or "fewer than 5" where it is suppressed. */
    public String shown(Cell cell) {
        return cell.isSuppressed() ? text("statistics.suppressed") : String.valueOf(cell.count());
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
