package kg.gov.kuzmat.selection;

import java.io.Serializable;

/**
 * What the applicant confirms when applying, each recorded with the application: consent to the
 * processing of their data for this competition, acknowledgement of the anti-corruption restrictions
 * of the service, and that the data given is accurate.
 */
public record ApplicationConfirmations(boolean processingConsent, boolean antiCorruptionAcknowledged,
                                       boolean accuracyConfirmed) implements Serializable {

    public boolean all() {
        return processingConsent && antiCorruptionAcknowledged && accuracyConfirmed;
    }
}
