package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import kg.gov.kuzmat.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** An HR officer of another agency (OTHER_HR_OFFICER_EMAIL). */
@Stateless
@PermitAll
@RunAs(Role.Names.HR_OFFICER)
@RunAsPrincipal(CallingAs.OTHER_HR_OFFICER_EMAIL)
public class AsOtherHrOfficer extends CallingAs {
}
