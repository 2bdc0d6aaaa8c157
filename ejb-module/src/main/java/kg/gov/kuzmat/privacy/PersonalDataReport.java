package kg.gov.kuzmat.privacy;

import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.ServiceLength;
import kg.gov.kuzmat.selection.ApplicationView;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the portal holds about one person, as they download it from "My data": their account,
 * profile, documents (described; the files themselves are downloaded one by one), saved searches,
 * applications with their snapshots and timelines, every consent, and
 * everyone who saw or received their data.
 */
public record PersonalDataReport(
        Instant generatedAt,
        Account account,
        Profile profile,
        ServiceLength totalService,
        ServiceLength civilService,
        List<Document> documents,
        List<SavedSearchRecord> savedSearches,
        List<ApplicationView> applications,
        List<ConsentRecord> consents,
        List<Access> accesses) implements Serializable {

    public record Account(String email, Instant createdAt, Instant emailConfirmedAt, String preferredLanguage)
            implements Serializable {
    }

    public record Document(long id, String kind, String fileName, String contentType, int sizeBytes, Instant uploadedAt)
            implements Serializable {
    }

    /** A saved search's filters as they were saved; empty ones are null. */
    public record SavedSearchRecord(String name, String query, String agencyCode, String agencyType, String region,
                                    String positionGroup, Integer salaryFrom, String competitionType, boolean alerts,
                                    Instant createdAt) implements Serializable {
    }

    public record ConsentRecord(int policyVersion, LocalDate policyLastUpdated, Instant acceptedAt, String ipAddress,
                                String userAgent, Instant withdrawnAt) implements Serializable {
    }

    /** {@code agency} is the agency's code for an HR view; the letter fields describe a disclosure. */
    public record Access(String kind, Instant at, String agency, String stateBody, String letterNumber,
                         LocalDate letterDate, String legalBasis, String dataGiven) implements Serializable {
    }
}
