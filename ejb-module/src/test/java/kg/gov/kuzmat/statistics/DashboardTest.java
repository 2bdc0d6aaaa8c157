package kg.gov.kuzmat.statistics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DashboardTest {

    private static Dashboard withStages(List<Cell> stages) {
        return new Dashboard(LocalDate.now(), LocalDate.now(), null, List.of(), List.of(), List.of(), null, stages,
                new Dashboard.DecisionTimes(0, null, null), List.of(), List.of());
    }

    @Test
    void sharesOfApplicationsAreShownOnlyWhenEveryFigureIs() {
        Cell competing = new Cell("IN_PROGRESS", null, 15L);
        Cell won = new Cell("WINNER", null, 5L);
        Dashboard whole = withStages(List.of(competing, won));
        assertEquals(75.0, whole.shareOfApplications(competing));
        assertEquals(25.0, whole.shareOfApplications(won));

        Cell hidden = new Cell("WINNER", null, null);
        Dashboard suppressed = withStages(List.of(competing, hidden));
        assertNull(suppressed.shareOfApplications(competing), "a share would reveal the hidden figure");
        assertNull(suppressed.shareOfApplications(hidden));
    }
}
