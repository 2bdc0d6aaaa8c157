package kg.gov.kuzmat.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyDrafting;

import java.util.List;

/** hr/index.xhtml: every vacancy of the officer's agency, drafts first among the newest. */
@Named
@RequestScoped
public class HrVacanciesBacking {

    @EJB
    private VacancyDrafting drafting;

    private List<Vacancy> vacancies;

    @PostConstruct
    void load() {
        vacancies = drafting.listOwn();
    }

    public List<Vacancy> getVacancies() {
        return vacancies;
    }
}
