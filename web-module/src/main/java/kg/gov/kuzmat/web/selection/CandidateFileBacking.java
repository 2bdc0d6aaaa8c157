package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.ApplicationView;
import kg.gov.kuzmat.selection.CandidateFiles;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * hr/candidate.xhtml?id=…: one candidate's file as submitted, where the HR officer compares each document
 * with its original. View-scoped, so that a verification posts back to the file it was pressed on.
 * Another agency's candidate is a 404.
 */
@Named
@ViewScoped
public class CandidateFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CandidateFiles files;

    @EJB
    private Competitions competitions;

    private Long id;
    private ApplicationView file;
    private String note;

    /** Opening a file is recorded as a view of the candidate's data. */
    public void load() throws IOException {
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
    public void verify(long documentId, boolean matches) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            competitions.verifyDocument(file.id(), documentId, matches, note);
            Messages.info(faces, "competition.saved");
            note = null;
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
        file = files.file(file.id());
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getFile() {
        return file;
    }
}
