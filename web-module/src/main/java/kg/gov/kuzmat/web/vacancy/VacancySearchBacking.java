package kg.gov.kuzmat.web.vacancy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.vacancy.SearchResult;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySummary;
import kg.gov.kuzmat.web.faces.Html;
import kg.gov.kuzmat.web.i18n.LanguagePreference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * index.xhtml, the public search. Everything about a search lives in the URL (see
 * {@link SearchParameters}): the filter form is a plain GET form and pages are links, so a search can
 * be bookmarked, shared and walked back with the browser's back button, and reading it creates no
 * session. Values that cannot be understood are ignored and the reader is told so.
 */
@Named
@RequestScoped
public class VacancySearchBacking {

    @EJB
    private VacancyCatalogue catalogue;

    @EJB
    private AgencyDirectory agencies;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Clock clock;

    @Inject
    private LanguagePreference language;

    private VacancySearch search;
    private List<String> ignored;
    private VacancyPage result;
    private String agencyOptions;

    /** The view action: reads the URL and runs the search once for this request. */
    public void load() {
        ExternalContext external = facesContext.getExternalContext();
        SearchParameters.Parsed parsed = SearchParameters.parse(
                name -> external.getRequestParameterMap().get(name), VacancySearch.DEFAULT_PAGE_SIZE);
        search = parsed.search();
        ignored = parsed.invalid();
        LocalDate today = LocalDate.now(clock);
        // The view's own locale is not the reader's yet while a view action runs.
        result = new VacancyPage(catalogue.search(search), today, language.getLocale());
        agencyOptions = agencyOptions(language.getLocale());
    }

    public VacancySearch getSearch() {
        return search;
    }

    public List<String> getIgnored() {
        return ignored;
    }

    public VacancyPage getResult() {
        return result;
    }

    public SearchResult<VacancySummary> getPage() {
        return result.page();
    }

    /** A link to another page of the same search. */
    public String pageLink(int page) {
        String query = SearchParameters.queryString(search, page);
        return facesContext.getExternalContext().getRequestContextPath() + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    /** Saving this search, with its alert, in the applicant's account (sign-in first if needed). */
    public String getSaveLink() {
        String query = SearchParameters.queryString(search, 0);
        return facesContext.getExternalContext().getRequestContextPath() + "/account/save-search.xhtml"
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** The Atom feed of this very search. */
    public String getFeedLink() {
        String query = SearchParameters.queryString(search, 0);
        return facesContext.getExternalContext().getRequestContextPath() + "/api/v1/feed" + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The options of the agency filter. Hundreds of agencies: written here in one pass rather than by
     * an EL loop, which cost more than the rest of the page together (bench/README.md).
     */
    private String agencyOptions(Locale locale) {
        StringBuilder options = new StringBuilder(64 * 1024);
        for (Agency agency : agencies.findAll()) {
            options.append("<option value=\"").append(Html.escape(agency.getCode())).append('"');
            if (agency.getCode().equals(search.agencyCode())) {
                options.append(" selected=\"selected\"");
            }
            options.append('>').append(Html.escape(agency.getName().in(locale))).append("</option>");
        }
        return options.toString();
    }

    public String getAgencyOptions() {
        return agencyOptions;
    }
}
