package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;

import java.util.concurrent.Callable;

/**
 * A caller with a role, for in-container tests: work passed to {@link #call} reaches the services
 * with this bean's run-as identity. Subclasses are the EJBs that carry the identities.
 * {@code @PermitAll} here as well: a class-level annotation covers only the methods its class declares.
 */
@PermitAll
public abstract class CallingAs {

    public static final String HR_OFFICER_EMAIL = "it-hr-officer@kuzmat.test";
    public static final String OTHER_HR_OFFICER_EMAIL = "it-other-hr-officer@kuzmat.test";
    public static final String REGISTERED_APPLICANT_EMAIL = "it-registered-applicant@kuzmat.test";
    public static final String OTHER_REGISTERED_APPLICANT_EMAIL = "it-other-registered-applicant@kuzmat.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
