package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.CandidateFiles;
import kg.gov.kuzmat.selection.CandidateRow;
import kg.gov.kuzmat.web.faces.NotFound;

import java.io.IOException;
import java.util.List;

/**
 * hr/candidates.xhtml?vacancy=…: the HR officer's list of a vacancy's candidates (one file is
 * {@link CandidateFileBacking}'s). Another agency's vacancy is a 404.
 */
@Named
@RequestScoped
public class CandidatesBacking {

    @EJB
    private CandidateFiles files;

    private Long vacancy;
    private List<CandidateRow> candidates;

    public void loadCandidates() throws IOException {
        try {
            candidates = vacancy == null ? null : files.candidates(vacancy);
        } catch (BusinessException notOurs) {
            candidates = null;
        }
        if (candidates == null) {
            NotFound.answer(FacesContext.getCurrentInstance());
        }
    }

    public Long getVacancy() {
        return vacancy;
    }

    public void setVacancy(Long vacancy) {
        this.vacancy = vacancy;
    }

    public List<CandidateRow> getCandidates() {
        return candidates;
    }
}
