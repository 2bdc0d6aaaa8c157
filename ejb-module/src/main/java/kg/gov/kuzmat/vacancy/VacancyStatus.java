package kg.gov.kuzmat.vacancy;

/** DRAFT → PUBLISHED → CLOSED, or → CANCELLED. Only {@link Vacancy} moves between them. */
public enum VacancyStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    CANCELLED
}
