package kg.gov.kuzmat.applicant;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Length of service as personnel departments count it. */
class ServiceLengthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static WorkPeriod job(String from, String to, boolean civil) {
        return new WorkPeriod("Employer", "Position", LocalDate.parse(from), to == null ? null : LocalDate.parse(to), civil);
    }

    @Test
    void aJobCountsFromItsFirstToItsLastDayInclusive() {
        assertEquals(new ServiceLength(1, 0, 0),
                ServiceLength.of(List.of(job("2020-01-01", "2020-12-31", false)), TODAY, j -> true));
        assertEquals(new ServiceLength(0, 0, 1),
                ServiceLength.of(List.of(job("2020-03-05", "2020-03-05", false)), TODAY, j -> true));
    }

    @Test
    void overlappingJobsAreCountedOnce() {
        List<WorkPeriod> jobs = List.of(job("2018-01-01", "2019-12-31", false), job("2019-01-01", "2020-12-31", false));
        assertEquals(new ServiceLength(3, 0, 0), ServiceLength.of(jobs, TODAY, j -> true));
    }

    @Test
    void separateJobsAddUpWithThirtyDaysToTheMonthAndTwelveMonthsToTheYear() {
        List<WorkPeriod> jobs = List.of(job("2010-01-01", "2010-07-20", false), job("2012-03-01", "2012-08-15", false));
        // 6 months 20 days + 5 months 15 days = 11 months 35 days = 1 year 0 months 5 days
        assertEquals(new ServiceLength(1, 0, 5), ServiceLength.of(jobs, TODAY, j -> true));
    }

    @Test
    void aCurrentJobRunsToTodayAndOnlyCivilServiceCountsForTheCivilTotal() {
        List<WorkPeriod> jobs = List.of(job("2016-11-25", null, true), job("2010-01-01", "2015-12-31", false));
        assertEquals(new ServiceLength(10, 0, 1), ServiceLength.of(jobs, TODAY, WorkPeriod::isCivilService));
        assertEquals(new ServiceLength(16, 0, 1), ServiceLength.of(jobs, TODAY, j -> true));
    }

    @Test
    void nothingCountsWhenThereIsNoJob() {
        assertEquals(ServiceLength.NONE, ServiceLength.of(List.of(), TODAY, j -> true));
    }
}
