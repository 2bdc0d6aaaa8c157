package kg.gov.kuzmat.web.privacy;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The policy's short, permanent address (/privacy, as printed on paper forms) shows the policy page. */
@WebServlet("/privacy")
public class PrivacyAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher("/privacy.xhtml").forward(request, response);
    }
}
