package kg.gov.kuzmat.vacancy;

/** A vacancy was published, inside the publishing transaction: whoever must be told is told in it. */
public record VacancyPublished(long vacancyId) {
}
