package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.exam.ExamResults;
import kg.gov.kuzmat.exam.PublishedResults;

/** test-results.xhtml?vacancy=…: a competition's published test results, by registration number. */
@Named
@RequestScoped
public class TestResultsBacking {

    @EJB
    private ExamResults results;

    private Long vacancy;
    private PublishedResults published;

    public void load() {
        published = vacancy == null ? null : results.of(vacancy).orElse(null);
    }

    public Long getVacancy() {
        return vacancy;
    }

    public void setVacancy(Long vacancy) {
        this.vacancy = vacancy;
    }

    public PublishedResults getPublished() {
        return published;
    }
}
