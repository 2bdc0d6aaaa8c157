package kg.gov.kuzmat.web.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.applicant.MySearches;

/**
 * unsubscribe.xhtml?key=…: the link in every alert mail stops that alert in one click, without
 * signing in; the page offers to restart it, in case the click was a mistake (or a mail scanner's).
 */
@Named
@RequestScoped
public class UnsubscribeBacking {

    @EJB
    private MySearches mySearches;

    private String key;
    private boolean known;
    private boolean resumed;
    private boolean attempted;

    /** The view action of the link. */
    public void stop() {
        known = mySearches.switchAlertsByKey(key, false);
    }

    public void resume() {
        attempted = true;
        known = mySearches.switchAlertsByKey(key, true);
        resumed = known;
    }

    /** Whether the restart was asked for in this request (its answer is then shown, not the form again). */
    public boolean isAttempted() {
        return attempted;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isKnown() {
        return known;
    }

    public boolean isResumed() {
        return resumed;
    }
}
