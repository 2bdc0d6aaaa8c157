package kg.gov.kuzmat.audit;

/** What the audit records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    /** An officer opened a candidate's file, a submitted document, or the record of their test. */
    FILE_READ,
    /** A person's data changed: registration, profile, documents, erasure. */
    PERSONAL_DATA_CHANGED,
    ROLE_CHANGED,
    AGENCY_CHANGED,
    /** Personal data left the portal: a person's own copy, or a disclosure to a state body. */
    EXPORT
}
