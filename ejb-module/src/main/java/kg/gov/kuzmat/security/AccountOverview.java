package kg.gov.kuzmat.security;

import kg.gov.kuzmat.agency.LocalizedName;

import java.io.Serializable;
import java.util.Set;

/** What a signed-in person's landing page shows about their own account. */
public record AccountOverview(String email, Set<Role> roles, boolean emailConfirmed, String agencyCode,
                              LocalizedName agencyName, long agencyVacancies) implements Serializable {
}
