package kg.gov.kuzmat.web.vacancy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancyStatus;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.faces.Dates;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** vacancy.xhtml?id=…: one vacancy with everything an applicant needs to decide. */
@Named
@RequestScoped
public class VacancyBacking {


    @EJB
    private VacancyCatalogue catalogue;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Clock clock;

    private String id;
    private Vacancy vacancy;
    private LocalDate today;

    /** The view action: an unknown, malformed or unpublished id is answered with 404. */
    public void load() throws IOException {
        today = LocalDate.now(clock);
        try {
            vacancy = id == null ? null : catalogue.findPublic(Long.parseLong(id.strip())).orElse(null);
        } catch (NumberFormatException notAnId) {
            vacancy = null;
        }
        if (vacancy == null) {
            NotFound.answer(facesContext);
        }
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    /** Published and its deadline not passed, judged on the server's clock. */
    public boolean isOpen() {
        return vacancy.isOpenForApplications(clock);
    }

    /** What the reader is told of the vacancy's state: its status, read as closed once the deadline passed. */
    public VacancyStatus getShownStatus() {
        return vacancy.statusAsOf(clock);
    }

    /** The deadline as the pages write dates, for use inside a translated sentence. */
    public String getDeadlineText() {
        return Dates.format(vacancy.getApplicationDeadline());
    }

    public long getDaysLeft() {
        return vacancy.daysLeft(today);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
