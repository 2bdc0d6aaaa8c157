package kg.gov.kuzmat.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.DisclosureRegister;
import kg.gov.kuzmat.web.faces.Attachments;

import java.io.IOException;

/** /admin/disclosure-letter?request=…: the scanned letter a registered request was made with. */
@WebServlet("/admin/disclosure-letter")
public class DisclosureLetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DisclosureRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Attachments.send(register.letter(Long.parseLong(request.getParameter("request"))), response);
        } catch (NumberFormatException | BusinessException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
