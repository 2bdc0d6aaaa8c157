package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import kg.gov.kuzmat.security.Role;

/** An administrator. */
@Stateless
@PermitAll
@RunAs(Role.Names.ADMIN)
public class AsAdministrator extends CallingAs {
}
