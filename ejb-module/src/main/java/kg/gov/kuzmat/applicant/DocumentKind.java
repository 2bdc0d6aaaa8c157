package kg.gov.kuzmat.applicant;

/** What an uploaded document is, as the applicant labels it. */
public enum DocumentKind {
    ID_DOCUMENT, DIPLOMA, CV, EMPLOYMENT_RECORD, OTHER
}
