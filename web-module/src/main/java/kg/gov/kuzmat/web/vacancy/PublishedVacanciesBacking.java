package kg.gov.kuzmat.web.vacancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** index.xhtml: the newest published vacancies, one database page at a time. */
@Named
@RequestScoped
public class PublishedVacanciesBacking {

    @EJB
    private VacancyCatalogue catalogue;

    @Inject
    private Clock clock;

    private LazyDataModel<VacancySummary> vacancies;
    private LocalDate today;

    @PostConstruct
    void init() {
        today = LocalDate.now(clock);
        vacancies = new PublishedVacancies(catalogue);
    }

    public LazyDataModel<VacancySummary> getVacancies() {
        return vacancies;
    }

    public LocalDate getToday() {
        return today;
    }

    private static final class PublishedVacancies extends LazyDataModel<VacancySummary> {

        private static final long serialVersionUID = 1L;

        private final transient VacancyCatalogue catalogue;

        PublishedVacancies(VacancyCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(catalogue.count(VacancySearch.openNewestFirst(0, VacancySearch.DEFAULT_PAGE_SIZE)));
        }

        @Override
        public List<VacancySummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            int size = Math.min(pageSize, VacancySearch.MAX_PAGE_SIZE);
            return catalogue.search(VacancySearch.openNewestFirst(first / size, size)).items();
        }

        @Override
        public String getRowKey(VacancySummary vacancy) {
            return Long.toString(vacancy.id());
        }
    }
}
