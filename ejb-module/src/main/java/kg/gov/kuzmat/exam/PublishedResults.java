package kg.gov.kuzmat.exam;

import java.time.Instant;
import java.util.List;

/**
 * A competition's test results as published: by registration number, which only the candidate and the
 * agency can tie to a person, never by name.
 */
public record PublishedResults(long vacancyId, String vacancyTitle, String agencyCode, Instant closedAt, int questionCount,
                               Integer passScore, List<Row> rows) {

    public record Row(String registrationNumber, int score, boolean passed) {
    }
}
