package kg.gov.kuzmat.vacancy;

/** The least education a position asks for, lowest first. */
public enum EducationLevel {
    SECONDARY_VOCATIONAL,
    HIGHER_BACHELOR,
    HIGHER_MASTER
}
