package kg.gov.kuzmat.exam;

/**
 * How a question fared in finished attempts. A question almost everyone answers right, or almost no
 * one, tells the bank's administrators little about candidates and deserves a second look.
 */
public record QuestionStatistic(long questionId, long lineage, int revision, String topicCode, String textRu,
                                long answered, long correct) {

    /** Fewer answers than this say nothing about a question yet. */
    public static final int MIN_ANSWERS = 20;
    public static final double TOO_EASY = 0.95;
    public static final double TOO_HARD = 0.05;

    public double shareCorrect() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    public boolean isTooEasy() {
        return answered >= MIN_ANSWERS && shareCorrect() >= TOO_EASY;
    }

    public boolean isTooHard() {
        return answered >= MIN_ANSWERS && shareCorrect() <= TOO_HARD;
    }
}
