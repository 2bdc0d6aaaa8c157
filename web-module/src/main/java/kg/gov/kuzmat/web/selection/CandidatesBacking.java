package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.ApplicationView;
import kg.gov.kuzmat.selection.CandidateFiles;
import kg.gov.kuzmat.selection.CandidateRow;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.util.List;

/**
 * hr/candidates.xhtml?vacancy=… and hr/candidate.xhtml?id=…: the HR officer's list of a vacancy's
 * candidates and one candidate's file as submitted. Another agency's vacancy or candidate is a 404.
 */
@Named
@RequestScoped
public class CandidatesBacking {

    @EJB
    private CandidateFiles files;

    @EJB
    private Competitions competitions;

    private Long vacancy;
    private Long id;
    private List<CandidateRow> candidates;
    private ApplicationView file;
    private String note;

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

    /** Opening a file is recorded as a view of the candidate's data. */
    public void loadFile() throws IOException {
        try {
            file = id == null ? null : files.file(id);
        } catch (BusinessException notOurs) {
            file = null;
        }
        if (file == null) {
            NotFound.answer(FacesContext.getCurrentInstance());
        }
    }

    /** Policy 2.1.4: the officer compared a submitted document with its original. */
    public void verify(long documentId, boolean matches) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            competitions.verifyDocument(id, documentId, matches, note);
            Messages.info(faces, "competition.saved");
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
        file = files.file(id);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVacancy() {
        return vacancy;
    }

    public void setVacancy(Long vacancy) {
        this.vacancy = vacancy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<CandidateRow> getCandidates() {
        return candidates;
    }

    public ApplicationView getFile() {
        return file;
    }
}
