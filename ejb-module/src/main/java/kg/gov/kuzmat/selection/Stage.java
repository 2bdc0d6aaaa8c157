package kg.gov.kuzmat.selection;

/** Where an application stands in its competition. */
public enum Stage {
    /** Submitted; documents are accepted until the vacancy's deadline. */
    DOCUMENT_ACCEPTANCE,
    /** The applicant withdrew before the deadline. */
    WITHDRAWN
}
