package kg.gov.kuzmat.web.agency;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.web.vacancy.SearchParameters;
import kg.gov.kuzmat.web.vacancy.VacancyPage;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.LanguagePreference;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** agency.xhtml?code=…: a state or municipal body and its open vacancies. */
@Named
@RequestScoped
public class AgencyBacking {

    /** More than a busy agency publishes at once; the search page pages through the rest. */
    private static final int SHOWN = 50;

    @EJB
    private AgencyDirectory directory;

    @EJB
    private VacancyCatalogue catalogue;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Clock clock;

    @Inject
    private LanguagePreference language;

    private String code;
    private Agency agency;
    private VacancyPage vacancies;
    private VacancySearch openVacancies;

    public void load() throws IOException {
        LocalDate today = LocalDate.now(clock);
        agency = code == null ? null : directory.findByCode(code.strip()).orElse(null);
        if (agency == null) {
            NotFound.answer(facesContext);
            return;
        }
        openVacancies = new VacancySearch(null, agency.getCode(), null, null, null, null, null, true, null, 0, SHOWN);
        vacancies = new VacancyPage(catalogue.search(openVacancies), today, language.getLocale());
    }

    public Agency getAgency() {
        return agency;
    }

    public VacancyPage getVacancies() {
        return vacancies;
    }


    /** The search page filtered to this agency. */
    public String getSearchLink() {
        return facesContext.getExternalContext().getRequestContextPath() + "/?" + SearchParameters.queryString(openVacancies, 0);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
