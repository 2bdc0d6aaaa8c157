package kg.gov.kuzmat.statistics;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy 2.1.3: statistics from aggregates only, with every small count of people suppressed. */
@ExtendWith(ArquillianExtension.class)
class PortalStatisticsIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private PortalStatistics statistics;

    @EJB
    private TestData testData;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsHrOfficer hr;

    private static Long figure(List<Cell> cells, String row, String column) {
        return cells.stream().filter(c -> c.row().equals(row) && (column == null || column.equals(c.column())))
                .findFirst().orElseThrow().count();
    }

    @Test
    void smallCountsOfPeopleAreSuppressedAndTheRestIsShown() throws Exception {
        Agency agency = testData.agency();
        long vacancy = testData.publishedVacancy(agency);
        LocalDate today = LocalDate.now();
        LocalDate thirtySixYearsAgo = today.minusYears(36);
        testData.applicants(vacancy, "2", thirtySixYearsAgo, 5, "DOCUMENT_ACCEPTANCE", "IN_PROGRESS");
        testData.applicants(vacancy, "2", thirtySixYearsAgo, 1, "INTERVIEW", "WINNER");
        testData.applicants(vacancy, "2", today.minusYears(26), 5, "DOCUMENT_ACCEPTANCE", "IN_PROGRESS");
        testData.applicants(vacancy, "1", thirtySixYearsAgo, 1, "DOCUMENT_ACCEPTANCE", "IN_PROGRESS");

        Dashboard dashboard = administrator.call(() -> statistics.dashboard(today.minusDays(1), today, agency.getCode()));
        assertEquals(6L, figure(dashboard.applicantsBySexAndAge(), "35-44", "M"));
        assertNull(figure(dashboard.applicantsBySexAndAge(), "35-44", "F"), "one woman is not shown");
        assertNull(figure(dashboard.applicantsBySexAndAge(), "25-34", "M"), "nor the smallest other figure, which would reveal her");
        assertEquals(0L, figure(dashboard.applicantsBySexAndAge(), "55+", "F"));
        assertNull(figure(dashboard.winnersBySexAndAge(), "35-44", "M"), "one winner is never a published figure");
        assertNull(figure(dashboard.stagesReached(), "WINNER", null));
        assertNull(figure(dashboard.stagesReached(), "IN_PROGRESS", null), "11 would reveal the winner by subtraction");
        assertEquals(1L, figure(dashboard.vacanciesPerMonth(), YearMonth.from(today).toString(), "STATE"));
        assertEquals(1L, figure(dashboard.applicantsPerVacancy(), "10-19", null));
        assertEquals(12.0, dashboard.averageApplicantsPerVacancy());
        assertTrue(dashboard.rows().stream().allMatch(row -> row.size() == 4), "the export has the dashboard's figures and nothing else");

        assertAccessDenied(() -> hr.call(() -> statistics.dashboard(today, today, null)));
        assertTrue(statistics.headlines().vacanciesPublished() >= 1, "the public summary needs no sign-in");
    }
}
