package kg.gov.kuzmat.exam;

import kg.gov.kuzmat.vacancy.PositionGroup;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The computer test of one competition as its HR officer sees it: the specification of the vacancy's
 * group (if the bank's administrators defined one), the sitting's window if scheduled, and every attempt.
 */
public record SittingOverview(long vacancyId, PositionGroup group, ExamSpecification specification, boolean scheduled,
                              Instant opensAt, Instant closesAt, int timeLimitMinutes, int questionCount,
                              List<AttemptRow> attempts) implements Serializable {

    /** One candidate's attempt; score and result once finished. */
    public record AttemptRow(long attemptId, long applicationId, String registrationNumber, Instant startedAt,
                             Instant submittedAt, ExamAttempt.Submission how, Integer score, int questionCount, boolean passed) implements Serializable {

        static AttemptRow of(ExamAttempt attempt) {
            return new AttemptRow(attempt.getId(), attempt.getApplication().getId(),
                    attempt.getApplication().getRegistrationNumber(), attempt.getStartedAt(), attempt.getSubmittedAt(),
                    attempt.getSubmittedHow(), attempt.getScore(), attempt.getQuestionCount(), attempt.passed());
        }
    }
}
