package kg.gov.kuzmat.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import kg.gov.kuzmat.security.Role;

/** Who is signed in, for the header, and where their work starts. */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    /** The servlet request's user, not the security context's caller, which is "anonymous" before sign-in. */
    public boolean isSignedIn() {
        return request.getRemoteUser() != null;
    }

    public String getName() {
        return request.getRemoteUser();
    }

    /** Administrators land in administration, HR officers in their intranet, applicants in their account. */
    public String getLandingPath() {
        if (securityContext.isCallerInRole(Role.Names.ADMIN)) {
            return "/admin/";
        }
        if (securityContext.isCallerInRole(Role.Names.HR_OFFICER)) {
            return "/hr/";
        }
        return "/account/";
    }
}
