package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import kg.gov.kuzmat.security.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Another applicant that the tests register anew under REGISTERED_APPLICANT_EMAIL. */
@Stateless
@PermitAll
@RunAs(Role.Names.APPLICANT)
@RunAsPrincipal(CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL)
public class AsOtherRegisteredApplicant extends CallingAs {
}
