package kg.gov.kuzmat.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import kg.gov.kuzmat.platform.BusinessException;


/** Translated Faces messages from the bundle keys the pages and the service layer use. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext context, String key, Object... arguments) {
        LocalizedText texts = new LocalizedText(context);
        return arguments.length == 0 ? texts.text(key) : texts.format(key, arguments);
    }

    public static void error(FacesContext context, String key, Object... arguments) {
        String text = text(context, key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void error(FacesContext context, BusinessException refusal) {
        error(context, refusal.getMessageKey(), refusal.getArguments().toArray());
    }
}
