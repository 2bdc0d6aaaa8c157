package kg.gov.kuzmat.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.platform.BusinessException;

import java.util.Optional;

/** The account of whoever calls the service layer, as the container authenticated them. */
@Stateless
@PermitAll
public class CallerAccounts {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller's name as authenticated: the account's e-mail address. */
    public String currentName() {
        return context.getCallerPrincipal().getName();
    }

    public Optional<UserAccount> current() {
        String name = currentName();
        return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", name)
                .getResultStream()
                .findFirst();
    }

    /** The stamp a session signed in now keeps (see {@link #holdsSession}); empty for no usable account. */
    public Optional<String> credentialStamp() {
        return current().filter(account -> account.isEnabled() && !account.isErased()).map(UserAccount::credentialStamp);
    }

    /**
     * Whether a session that signed in with this stamp may go on: the caller's account still exists under
     * that address, is enabled, and its password is the one the session signed in with. A reset password,
     * an erased account or a disabled officer ends every session of the account at its next request.
     */
    public boolean holdsSession(String stamp) {
        return stamp != null && credentialStamp().filter(stamp::equals).isPresent();
    }

    /** The agency an HR officer works for; refused for anyone who is not an enabled HR officer of one. */
    public Agency requireOfficersAgency() {
        return current()
                .filter(account -> account.isEnabled() && account.hasRole(Role.HR_OFFICER))
                .map(UserAccount::getAgency)
                .orElseThrow(() -> new BusinessException("security.notAgencyOfficer"));
    }
}
