package kg.gov.kuzmat.web.statistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.statistics.Headlines;
import kg.gov.kuzmat.statistics.PortalStatistics;

/** statistics.xhtml: the public summary of this year's figures. */
@Named
@RequestScoped
public class SummaryBacking {

    @EJB
    private PortalStatistics statistics;

    private Headlines headlines;

    public Headlines getHeadlines() {
        if (headlines == null) {
            headlines = statistics.headlines();
        }
        return headlines;
    }
}
