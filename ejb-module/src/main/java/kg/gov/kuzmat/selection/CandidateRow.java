package kg.gov.kuzmat.selection;

import java.io.Serializable;
import java.time.Instant;

/** One candidate in the HR officer's list of a vacancy's applications. */
public record CandidateRow(long applicationId, String registrationNumber, String fullName, Instant submittedAt, Stage stage)
        implements Serializable {
}
