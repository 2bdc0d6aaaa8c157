package kg.gov.kuzmat.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import kg.gov.kuzmat.platform.BusinessException;

import java.util.Comparator;


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

    public static void info(FacesContext context, String key, Object... arguments) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(context, key, arguments), null));
    }

    public static void warning(FacesContext context, String key, Object... arguments) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(context, key, arguments), null));
    }

    /**
     * Explains the form fields a service's bean validation refused, each named by
     * {@code fieldKeys + "." + field}. Any other failure is not the user's doing and is thrown on.
     */
    public static void refusal(FacesContext context, EJBException failure, String fieldKeys) {
        if (!(failure.getCause() instanceof ConstraintViolationException invalid)) {
            throw failure;
        }
        invalid.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String path = violation.getPropertyPath().toString();
                    String field = text(context, fieldKeys + "." + path.substring(path.lastIndexOf('.') + 1));
                    error(context, "form.invalidField", field, text(context, violation.getMessageTemplate().replaceAll("[{}]", "")));
                });
    }
}
