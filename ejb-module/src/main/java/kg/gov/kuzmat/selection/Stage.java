package kg.gov.kuzmat.selection;

/** The stage an application has reached; a candidate moves on only when admitted. */
public enum Stage {
    /** Submitted; documents are accepted until the vacancy's deadline. */
    DOCUMENT_ACCEPTANCE,
    /** The documents are checked against the vacancy's requirements and verified. */
    DOCUMENT_REVIEW,
    /** Admitted to the test. */
    TESTING,
    /** Admitted to the commission's interview. */
    INTERVIEW,
    /** The applicant withdrew before the deadline. */
    WITHDRAWN
}
