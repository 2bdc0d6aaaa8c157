package kg.gov.kuzmat.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A registered request as the register lists it, with every export made under it. */
public record DisclosureRow(long id, String stateBody, String letterNumber, LocalDate letterDate, String legalBasis,
                            String personalNumber, Set<DisclosedCategory> requested, String letterFileName,
                            String registeredBy, Instant registeredAt, List<Export> exports) implements Serializable {

    public record Export(String exportedBy, Instant exportedAt) implements Serializable {
    }
}
