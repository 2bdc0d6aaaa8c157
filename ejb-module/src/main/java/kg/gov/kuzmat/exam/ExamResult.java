package kg.gov.kuzmat.exam;

import java.io.Serializable;
import java.time.Instant;

/** A finished attempt's result, shown to the candidate at once. */
public record ExamResult(long attemptId, int score, int questionCount, int passScore, boolean passed, Instant submittedAt,
                         ExamAttempt.Submission how) implements Serializable {

    static ExamResult of(ExamAttempt attempt) {
        return new ExamResult(attempt.getId(), attempt.getScore(), attempt.getQuestionCount(), attempt.getPassScore(),
                attempt.passed(), attempt.getSubmittedAt(), attempt.getSubmittedHow());
    }
}
