package kg.gov.kuzmat.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.DisclosedCategory;
import kg.gov.kuzmat.privacy.DisclosedData;
import kg.gov.kuzmat.privacy.DisclosureDraft;
import kg.gov.kuzmat.privacy.DisclosureRegister;
import kg.gov.kuzmat.privacy.DisclosureRow;
import kg.gov.kuzmat.web.faces.Attachments;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * admin/disclosures.xhtml: the disclosure register (policy 3.4). The administrator registers a state
 * body's official letter with its scan, and only then exports the data it asks for; the export is a
 * form post, so that no link followed by accident or from another site can produce one.
 */
@Named
@ViewScoped
public class DisclosureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DisclosureRegister register;

    private List<DisclosureRow> requests;
    private String stateBody;
    private String letterNumber;
    private LocalDate letterDate;
    private String legalBasis;
    private String personalNumber;
    // A mutable list: Faces fills a selectMany's value by creating a list of the same class.
    private List<DisclosedCategory> requested = new ArrayList<>();
    /** The scan lives for its request only: an upload is never kept in the session. */
    private transient Part letter;

    public void load() {
        if (requests == null) {
            requests = register.requests();
        }
    }

    public void registerRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            byte[] scan = null;
            String name = null;
            if (letter != null && letter.getSize() > 0) {
                try (InputStream in = letter.getInputStream()) {
                    scan = in.readAllBytes();
                }
                name = letter.getSubmittedFileName();
            }
            register.register(new DisclosureDraft(stateBody, letterNumber, letterDate, legalBasis, personalNumber,
                    requested.isEmpty() ? EnumSet.noneOf(DisclosedCategory.class) : EnumSet.copyOf(requested)), name, scan);
            Messages.info(faces, "disclosure.registered");
            // Post/Redirect/Get: a reload must not register the same letter twice in a register that cannot be edited.
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/admin/disclosures.xhtml");
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
        } catch (IOException unreadable) {
            Messages.error(faces, "disclosure.letterRequired");
        } finally {
            letter = null;
        }
    }

    /** Sends the export of a registered request as a JSON file; the register records it. */
    public void export(long requestId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        DisclosedData data;
        try {
            data = register.export(requestId);
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
            return;
        }
        Attachments.send(Attachments.json("kuzmat-disclosure-" + requestId + "-" + data.exportedAt().toString().replace(':', '-')
                + ".json", data), (HttpServletResponse) faces.getExternalContext().getResponse());
        faces.responseComplete();
    }

    public DisclosedCategory[] getCategories() {
        return DisclosedCategory.values();
    }

    public List<DisclosureRow> getRequests() {
        return requests;
    }

    public String getStateBody() {
        return stateBody;
    }

    public void setStateBody(String stateBody) {
        this.stateBody = stateBody;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public void setPersonalNumber(String personalNumber) {
        this.personalNumber = personalNumber;
    }

    public List<DisclosedCategory> getRequested() {
        return requested;
    }

    public void setRequested(List<DisclosedCategory> requested) {
        this.requested = requested == null ? new ArrayList<>() : requested;
    }

    public Part getLetter() {
        return letter;
    }

    public void setLetter(Part letter) {
        this.letter = letter;
    }
}
