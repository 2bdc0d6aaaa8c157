package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.exam.ExamTaking;
import kg.gov.kuzmat.exam.TestState;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * account/test.xhtml?application=…: the candidate's computer test. Opening the page shows where they
 * stand; starting and submitting go back to the page by redirect, so that reloading it mid-test only
 * shows the attempt again (resumed, with the answers saved so far) and never repeats an action.
 * Answers themselves are saved one by one by the page's script through {@link ExamAnswerServlet}.
 */
@Named
@ViewScoped
public class TestTakingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExamTaking taking;

    @Inject
    private LanguagePreference languagePreference;

    private Long application;
    private TestState state;
    private String language;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            state = application == null ? null : taking.state(application, address(faces));
        } catch (BusinessException notYours) {
            state = null;
        }
        if (state == null) {
            NotFound.answer(faces);
        }
    }

    public String start() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            taking.start(application, getLanguage(), address(faces));
            return self();
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
            state = taking.state(application, address(faces));
            return null;
        }
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (state == null || state.running() == null) {
            return self();
        }
        taking.submit(state.running().attemptId(), address(faces));
        return self();
    }

    private String self() {
        return "/account/test.xhtml?faces-redirect=true&application=" + application;
    }

    private static String address(FacesContext faces) {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    /** The test's language: Kyrgyz or Russian; the person's page language decides the default. */
    public String getLanguage() {
        if (language == null) {
            language = "ky".equals(languagePreference.getCode()) ? "ky" : "ru";
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getApplication() {
        return application;
    }

    public void setApplication(Long application) {
        this.application = application;
    }

    public TestState getState() {
        return state;
    }

    public String getAnswerAddress() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/account/exam-answer";
    }
}
