package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import kg.gov.kuzmat.security.Role;

/** The HR role with no account behind it. */
@Stateless
@PermitAll
@RunAs(Role.Names.HR_OFFICER)
public class AsHrRoleWithoutAccount extends CallingAs {
}
