package kg.gov.kuzmat.exam;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the candidate's test page shows: the sitting's window and terms, where the candidate stands,
 * the running attempt's questions (never their correct options) or the finished attempt's result.
 */
public record TestState(long applicationId, long vacancyId, String registrationNumber, String vacancyTitle, Phase phase,
                        Instant opensAt, Instant closesAt, int timeLimitMinutes, int questionCount, Integer passScore,
                        Running running, ExamResult result) implements Serializable {

    /** Where the candidate stands with the test. */
    public enum Phase {
        /** The agency has not scheduled a computer test. */
        NOT_SCHEDULED,
        /** Not (or no longer) competing at the testing stage. */
        NOT_ADMITTED,
        NOT_YET_OPEN,
        /** The window is open and the candidate has not started. */
        OPEN,
        /** The window closed without the candidate starting. */
        MISSED,
        RUNNING,
        FINISHED
    }

    /** A running attempt: its end on the server's clock, and its questions in the order drawn. */
    public record Running(long attemptId, String language, Instant endsAt, long remainingSeconds, List<PosedQuestion> questions) implements Serializable {

        public long answered() {
            return questions.stream().filter(q -> q.chosenPlace() != null).count();
        }
    }

    /**
     * A question as shown: its options in the order drawn for this candidate; the answer is given by
     * place (1 to 4) in that order, so the page never learns the bank's lettering or the right option.
     */
    public record PosedQuestion(int position, String text, List<String> options, Integer chosenPlace) implements Serializable {
    }
}
