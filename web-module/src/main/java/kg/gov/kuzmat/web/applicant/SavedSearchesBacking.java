package kg.gov.kuzmat.web.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.applicant.MySearches;
import kg.gov.kuzmat.applicant.SavedSearch;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.web.i18n.Messages;
import kg.gov.kuzmat.web.vacancy.SearchParameters;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * account/searches.xhtml and account/save-search.xhtml: the applicant keeps searches, with or without
 * a daily alert. The search to save arrives in the same query parameters as the search page's.
 */
@Named
@RequestScoped
public class SavedSearchesBacking {

    @EJB
    private MySearches mySearches;

    @Inject
    private FacesContext facesContext;

    private List<SavedSearch> searches;
    private String name;
    private boolean alerts = true;

    public void save() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        try {
            mySearches.save(name, pendingFilters(), alerts);
            external.redirect(external.getRequestContextPath() + "/account/searches.xhtml");
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
    }

    public void switchAlerts(long id, boolean on) {
        change(() -> mySearches.switchAlerts(id, on));
    }

    public void delete(long id) {
        change(() -> mySearches.delete(id));
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
        searches = null;
    }

    /** The search page showing the saved search's current results. */
    public String linkTo(SavedSearch search) {
        String query = SearchParameters.queryString(search.filters(VacancySearch.DEFAULT_PAGE_SIZE), 0);
        return facesContext.getExternalContext().getRequestContextPath() + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The filters about to be saved, as the search page's query string. */
    public String getPendingQuery() {
        return SearchParameters.queryString(pendingFilters(), 0);
    }

    /** The same filters as name and value pairs, for the form's hidden fields. */
    public List<Map.Entry<String, String>> getPendingFilters() {
        return SearchParameters.pairs(pendingFilters(), 0);
    }

    private VacancySearch pendingFilters() {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        return SearchParameters.parse(request::getParameter, VacancySearch.DEFAULT_PAGE_SIZE).search();
    }

    public List<SavedSearch> getSearches() {
        if (searches == null) {
            searches = mySearches.list();
        }
        return searches;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAlerts() {
        return alerts;
    }

    public void setAlerts(boolean alerts) {
        this.alerts = alerts;
    }
}
