package kg.gov.kuzmat.exam;

/** The acknowledgement of a saved answer: what was saved, and how much time is left on the server's clock. */
public record SavedAnswer(int position, int chosenPlace, long remainingSeconds) {
}
