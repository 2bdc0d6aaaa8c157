package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import kg.gov.kuzmat.security.Role;

/** An applicant. */
@Stateless
@PermitAll
@RunAs(Role.Names.APPLICANT)
public class AsApplicant extends CallingAs {
}
