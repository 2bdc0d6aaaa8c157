package kg.gov.kuzmat.web.vacancy;

import kg.gov.kuzmat.vacancy.SearchResult;
import kg.gov.kuzmat.vacancy.VacancySummary;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page of search results already read from the database, as the lazy data model of a PrimeFaces
 * table. The table never pages itself: paging is done by links that change the URL.
 */
public class VacancyPage extends LazyDataModel<VacancyRow> {

    private static final long serialVersionUID = 1L;

    private final SearchResult<VacancySummary> page;
    private final List<VacancyRow> rows;

    /** The rows as they read on {@code today} in the reader's language. */
    public VacancyPage(SearchResult<VacancySummary> page, LocalDate today, Locale language) {
        this.page = page;
        LocalizedText texts = new LocalizedText(language);
        this.rows = page.items().stream().map(vacancy -> VacancyRow.of(vacancy, today, texts)).toList();
        setRowCount(Math.toIntExact(page.total()));
    }

    public SearchResult<VacancySummary> page() {
        return page;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(page.total());
    }

    @Override
    public List<VacancyRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return rows;
    }

    @Override
    public String getRowKey(VacancyRow row) {
        return Long.toString(row.id());
    }
}
