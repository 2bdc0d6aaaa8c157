package kg.gov.kuzmat.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.privacy.Retention;
import kg.gov.kuzmat.privacy.RetentionRun;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.Serializable;
import java.time.Period;
import java.util.List;

/** admin/retention.xhtml: the retention periods in force, what each nightly run did, and a run at once. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Retention retention;

    private List<RetentionRun> runs;
    private Period[] periods;

    public void load() {
        if (runs == null) {
            runs = retention.recentRuns();
            periods = retention.periods();
        }
    }

    public void runNow() {
        RetentionRun run = retention.runNow();
        Messages.info(FacesContext.getCurrentInstance(), "retention.ran", run.getApplicationsAnonymised(), run.getAccountsWarned(),
                run.getAccountsErased());
        runs = retention.recentRuns();
    }

    public List<RetentionRun> getRuns() {
        return runs;
    }

    public int getUnsuccessfulYears() {
        return periods[0].getYears();
    }

    public int getInactiveYears() {
        return periods[1].getYears();
    }

    public int getWarningDays() {
        return periods[2].getDays();
    }
}
