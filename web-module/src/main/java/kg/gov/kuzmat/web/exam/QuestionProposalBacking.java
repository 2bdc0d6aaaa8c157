package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.exam.QuestionBank;
import kg.gov.kuzmat.exam.QuestionView;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.exam.QuestionBankBacking.QuestionForm;
import kg.gov.kuzmat.web.exam.QuestionBankBacking.Topic;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * hr/propose-question.xhtml: an HR officer proposes a question for the bank; it is drawn into tests only once
 * the bank's administrators accept it. The form asks for what the administrators' own form asks.
 */
@Named
@ViewScoped
public class QuestionProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuestionBank bank;

    private List<Topic> topics;
    private final QuestionForm form = new QuestionForm();

    /** The view action. */
    public void load() {
        if (topics == null) {
            topics = Topic.all(bank.topics());
        }
    }

    public void propose() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            QuestionView proposed = bank.propose(form.draft());
            Messages.info(faces, "examAdmin.proposal.sent", proposed.lineage());
            form.clear();
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public QuestionForm getForm() {
        return form;
    }
}
