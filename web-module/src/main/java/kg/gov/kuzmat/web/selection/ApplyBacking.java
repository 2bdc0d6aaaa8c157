package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.applicant.ApplicantDocument;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.AccountOverview;
import kg.gov.kuzmat.security.MyAccount;
import kg.gov.kuzmat.selection.ApplicationConfirmations;
import kg.gov.kuzmat.selection.ApplicationView;
import kg.gov.kuzmat.selection.Applying;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * account/apply.xhtml?vacancy=…: the applicant chooses the documents to send, confirms consent, the
 * anti-corruption restrictions and the accuracy of their data, and applies. The service decides
 * whether they still may; the page only explains.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Applying applying;

    @EJB
    private VacancyCatalogue catalogue;

    @EJB
    private MyDocuments myDocuments;

    @EJB
    private MyAccount myAccount;

    @Inject
    private Clock clock;

    private Long vacancyId;
    private String title;
    private String contact;
    private boolean open;
    private AccountOverview account;
    private List<ApplicantDocument> documents = new ArrayList<>();
    private List<Long> chosen = new ArrayList<>();
    private boolean processingConsent;
    private boolean antiCorruptionAcknowledged;
    private boolean accuracyConfirmed;

    /** The view action: the vacancy must be public; the documents are the applicant's own. */
    public void load() throws IOException {
        Vacancy vacancy = vacancyId == null ? null : catalogue.findPublic(vacancyId).orElse(null);
        if (vacancy == null) {
            NotFound.answer(FacesContext.getCurrentInstance());
            return;
        }
        title = vacancy.getTitle();
        contact = vacancy.getContact();
        open = vacancy.isOpenForApplications(clock);
        account = myAccount.overview();
        documents = myDocuments.list();
    }

    public void apply() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApplicationView application = applying.apply(vacancyId, new HashSet<>(chosen),
                    new ApplicationConfirmations(processingConsent, antiCorruptionAcknowledged, accuracyConfirmed));
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/account/applications.xhtml?submitted="
                    + URLEncoder.encode(application.registrationNumber(), StandardCharsets.UTF_8));
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
    }

    public Long getVacancyId() {
        return vacancyId;
    }

    public void setVacancyId(Long vacancyId) {
        this.vacancyId = vacancyId;
    }

    public String getTitle() {
        return title;
    }

    public String getContact() {
        return contact;
    }

    public boolean isOpen() {
        return open;
    }

    public AccountOverview getAccount() {
        return account;
    }

    public List<ApplicantDocument> getDocuments() {
        return documents;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }

    public boolean isProcessingConsent() {
        return processingConsent;
    }

    public void setProcessingConsent(boolean processingConsent) {
        this.processingConsent = processingConsent;
    }

    public boolean isAntiCorruptionAcknowledged() {
        return antiCorruptionAcknowledged;
    }

    public void setAntiCorruptionAcknowledged(boolean antiCorruptionAcknowledged) {
        this.antiCorruptionAcknowledged = antiCorruptionAcknowledged;
    }

    public boolean isAccuracyConfirmed() {
        return accuracyConfirmed;
    }

    public void setAccuracyConfirmed(boolean accuracyConfirmed) {
        this.accuracyConfirmed = accuracyConfirmed;
    }
}
