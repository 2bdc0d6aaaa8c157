package kg.gov.kuzmat.web.vacancy;

import kg.gov.kuzmat.vacancy.SearchResult;
import kg.gov.kuzmat.vacancy.VacancySummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A page of search results already read from the database, as the lazy data model of a PrimeFaces
 * table. The table never pages itself: paging is done by links that change the URL.
 */
public class VacancyPage extends LazyDataModel<VacancySummary> {

    private static final long serialVersionUID = 1L;

    private final SearchResult<VacancySummary> page;

    public VacancyPage(SearchResult<VacancySummary> page) {
        this.page = page;
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
    public List<VacancySummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return page.items();
    }

    @Override
    public String getRowKey(VacancySummary vacancy) {
        return Long.toString(vacancy.id());
    }
}
