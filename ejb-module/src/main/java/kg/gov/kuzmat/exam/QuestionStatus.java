package kg.gov.kuzmat.exam;

/** Where a question revision stands in the bank; only active ones are drawn into tests. */
public enum QuestionStatus {
    /** Proposed by an HR officer, waiting for the bank's administrators. */
    PROPOSED,
    ACTIVE,
    /** Replaced by a newer revision or taken out of use; kept because attempts point at it. */
    RETIRED,
    /** A proposal the administrators did not accept. */
    REJECTED
}
