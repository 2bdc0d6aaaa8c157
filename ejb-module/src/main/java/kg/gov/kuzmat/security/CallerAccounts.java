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

    /** The agency an HR officer works for; refused for anyone who is not an enabled HR officer of one. */
    public Agency requireOfficersAgency() {
        return current()
                .filter(account -> account.isEnabled() && account.hasRole(Role.HR_OFFICER))
                .map(UserAccount::getAgency)
                .orElseThrow(() -> new BusinessException("security.notAgencyOfficer"));
    }
}
