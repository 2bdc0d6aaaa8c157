package kg.gov.kuzmat.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The answer of a page whose subject (a vacancy, an agency) does not exist or is not the reader's to see. */
public final class NotFound {

    private NotFound() {
    }

    /** Answers 404 with the translated "page not found" and stops rendering this page. */
    public static void answer(FacesContext context) throws IOException {
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        context.responseComplete();
    }
}
