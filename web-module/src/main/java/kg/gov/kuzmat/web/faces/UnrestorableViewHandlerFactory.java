package kg.gov.kuzmat.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A form post whose view cannot be restored from what it carries (a stateless marker posted to a form
 * that keeps its state, a view state from elsewhere) is treated as an expired page: nothing was done, and
 * the person is offered the page again, instead of the server-error page Faces' "Unable to restore view"
 * would lead to. Wraps the exception handler declared before it (PrimeFaces').
 */
public class UnrestorableViewHandlerFactory extends ExceptionHandlerFactory {

    public UnrestorableViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AsExpired(getWrapped().getExceptionHandler());
    }

    private static final class AsExpired extends ExceptionHandlerWrapper {

        AsExpired(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            List<String> unrestorable = new ArrayList<>();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                if (unrestorable(events.next().getContext().getException())) {
                    events.remove();
                    unrestorable.add(context.getViewRoot() == null ? "" : context.getViewRoot().getViewId());
                }
            }
            for (String viewId : unrestorable) {
                context.getApplication().publishEvent(context, ExceptionQueuedEvent.class,
                        new ExceptionQueuedEventContext(context, new ViewExpiredException("The page could not be restored", viewId)));
            }
            getWrapped().handle();
        }

        private static boolean unrestorable(Throwable failure) {
            for (Throwable cause = failure; cause != null && !(cause instanceof ViewExpiredException); cause = cause.getCause()) {
                if (cause instanceof FacesException && String.valueOf(cause.getMessage()).startsWith("Unable to restore view")) {
                    return true;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return false;
        }
    }
}
