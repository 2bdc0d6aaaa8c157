package kg.gov.kuzmat.web.feedback;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.feedback.Feedback;
import kg.gov.kuzmat.feedback.FeedbackMessage;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/feedback.xhtml: the administrators read the messages and answer each by e-mail. */
@Named
@ViewScoped
public class FeedbackInboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Feedback feedback;

    private List<FeedbackMessage> messages;
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        if (messages == null) {
            messages = feedback.inbox();
        }
    }

    public void answer(long messageId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            feedback.answer(messageId, answers.get(messageId));
            Messages.info(faces, "feedbackInbox.sent");
            answers.remove(messageId);
            messages = feedback.inbox();
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
        }
    }

    public List<FeedbackMessage> getMessages() {
        return messages;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
