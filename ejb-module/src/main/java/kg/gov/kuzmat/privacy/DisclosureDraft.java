package kg.gov.kuzmat.privacy;

import java.time.LocalDate;
import java.util.Set;

/** A state body's letter as the administrator types it in, before the register checks it. */
public record DisclosureDraft(String stateBody, String letterNumber, LocalDate letterDate, String legalBasis,
                              String personalNumber, Set<DisclosedCategory> requested) {
}
