package kg.gov.kuzmat.security;

import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private static final Agency AGENCY = new Agency("osh-city-hall",
            new LocalizedName("Ош шаарынын мэриясы", "Мэрия города Ош", "Osh City Hall"), AgencyType.MUNICIPAL, Region.OSH_CITY);

    private static UserAccount applicant() {
        return new UserAccount("Aigerim@Example.KG ", "hash", Set.of(Role.APPLICANT), null, NOW);
    }

    @Test
    void theEmailIsKeptInOneCanonicalForm() {
        assertEquals("aigerim@example.kg", applicant().getEmail());
    }

    @Test
    void anHrOfficerBelongsToExactlyOneAgencyAndNobodyElseToAny() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("hr@example.kg", "hash", Set.of(Role.HR_OFFICER), null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a@example.kg", "hash", Set.of(Role.APPLICANT), AGENCY, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a@example.kg", "hash", Set.of(), null, NOW));
        assertTrue(new UserAccount("hr@example.kg", "hash", Set.of(Role.HR_OFFICER), AGENCY, NOW).hasRole(Role.HR_OFFICER));
    }
}
