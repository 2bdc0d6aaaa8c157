package kg.gov.kuzmat.selection;

/** How the competition ended for a candidate; IN_PROGRESS until it has. */
public enum Outcome {
    IN_PROGRESS,
    /** Not admitted to the next stage, with a recorded reason. */
    NOT_ADMITTED,
    WINNER,
    /** Recommended to the personnel reserve. */
    RESERVE,
    NOT_SELECTED
}
