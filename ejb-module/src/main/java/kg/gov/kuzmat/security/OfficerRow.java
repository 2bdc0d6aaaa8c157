package kg.gov.kuzmat.security;

import kg.gov.kuzmat.agency.LocalizedName;

import java.io.Serializable;
import java.time.Instant;

/** An HR officer's account as the administrators list it. {@code passwordSet} is false while the invitation is pending. */
public record OfficerRow(long id, String email, long agencyId, String agencyCode, LocalizedName agencyName, boolean enabled,
                         boolean passwordSet, Instant createdAt) implements Serializable {
}
