package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.ApplicationView;
import kg.gov.kuzmat.selection.Applying;
import kg.gov.kuzmat.web.i18n.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** account/applications.xhtml: every application of the applicant, with its stage and dated timeline. */
@Named
@RequestScoped
public class MyApplicationsBacking {

    @EJB
    private Applying applying;

    @Inject
    private FacesContext facesContext;

    private List<ApplicationView> applications;
    private String submitted;
    private final Map<Long, String> grounds = new HashMap<>();

    public void withdraw(long applicationId) {
        try {
            applying.withdraw(applicationId);
            Messages.info(facesContext, "application.withdrawn");
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
        applications = null;
    }

    /** A step of the timeline in the reader's words: its details are data, worded here. */
    public String describe(ApplicationView.Step step) {
        String kind = "applicationEvent." + step.kind();
        String detail = step.detail();
        return switch (step.kind()) {
            case ADMITTED -> Messages.text(facesContext, kind, Messages.text(facesContext, "stage." + detail));
            case NOT_ADMITTED -> Messages.text(facesContext, kind,
                    detail == null ? Messages.text(facesContext, "competition.belowPassScore") : detail);
            case TEST_SCORED -> Messages.text(facesContext, kind, (Object[]) detail.split("/"));
            case DECIDED -> Messages.text(facesContext, kind, Messages.text(facesContext, "outcome." + detail));
            case APPEALED -> Messages.text(facesContext, kind, Messages.text(facesContext, "appealAgainst." + detail));
            case APPEAL_DECIDED -> Messages.text(facesContext, kind, Messages.text(facesContext, "appealDecision." + detail));
            case INVITED, INTERVIEW_SCORED, STAGE_REOPENED -> Messages.text(facesContext, kind, detail);
            default -> Messages.text(facesContext, kind);
        };
    }

    public void appeal(long applicationId) {
        try {
            applying.appeal(applicationId, grounds.get(applicationId));
            Messages.info(facesContext, "appeals.filed");
        } catch (BusinessException refusal) {
            Messages.error(facesContext, refusal);
        }
        applications = null;
    }

    public Map<Long, String> getGrounds() {
        return grounds;
    }

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = applying.mine();
        }
        return applications;
    }

    public String getSubmitted() {
        return submitted;
    }

    public void setSubmitted(String submitted) {
        this.submitted = submitted;
    }
}
