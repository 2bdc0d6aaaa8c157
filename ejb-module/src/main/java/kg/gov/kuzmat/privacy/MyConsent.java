package kg.gov.kuzmat.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;

/**
 * The signed-in applicant's consent to the policy in force. After an administrator publishes a new
 * revision, the portal asks each applicant to accept it before they continue (clause 5.1).
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class MyConsent {

    @EJB
    private CallerAccounts callers;

    @Inject
    private ConsentLedger ledger;

    public boolean hasAcceptedCurrent() {
        return ledger.hasAcceptedCurrent(caller());
    }

    public void acceptCurrent(int versionShown, ConsentContext context) {
        UserAccount account = caller();
        if (!ledger.hasAcceptedCurrent(account)) {
            ledger.accept(account, versionShown, context);
        }
    }

    private UserAccount caller() {
        return callers.current().orElseThrow(() -> new BusinessException("security.noAccount"));
    }
}
