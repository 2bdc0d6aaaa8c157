package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.vacancy.PositionGroup;

import java.io.Serializable;
import java.time.LocalDate;

/** One person in the HR officer's view of their agency's personnel reserve. */
public record ReserveRow(long entryId, String fullName, PositionGroup positionGroup, LocalDate enteredOn,
                         LocalDate expiresOn, long applicationId, String registrationNumber, String vacancyTitle)
        implements Serializable {
}
