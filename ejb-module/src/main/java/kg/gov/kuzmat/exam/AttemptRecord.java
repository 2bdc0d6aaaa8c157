package kg.gov.kuzmat.exam;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Everything recorded about one attempt, for the agency when a candidate disputes a result. */
public record AttemptRecord(SittingOverview.AttemptRow attempt, String language, Instant endsAt, int passScore,
                            long answered, List<Entry> log) implements Serializable {

    /** One log entry: when, what, from which address. */
    public record Entry(Instant happenedAt, ExamAttemptEvent.Kind kind, String detail, String address) implements Serializable {
    }
}
