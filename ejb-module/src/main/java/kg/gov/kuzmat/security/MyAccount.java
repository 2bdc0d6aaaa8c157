package kg.gov.kuzmat.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.platform.BusinessException;

/** A signed-in person's own account, as the landing pages show it. */
@Stateless
@RolesAllowed({Role.Names.APPLICANT, Role.Names.HR_OFFICER, Role.Names.ADMIN})
public class MyAccount {

    @EJB
    private CallerAccounts callers;

    @PersistenceContext
    private EntityManager em;

    /**
     * The language the person last used on the portal: mails reach them in it. Kept at each sign-in and
     * each switch of the page's language.
     */
    public void rememberLanguage(String language) {
        callers.current().ifPresent(account -> {
            if (!language.equals(account.getPreferredLanguage())) {
                account.preferLanguage(language);
            }
        });
    }

    public AccountOverview overview() {
        UserAccount account = callers.current().orElseThrow(() -> new BusinessException("security.noAccount"));
        Agency agency = account.getAgency();
        if (agency == null) {
            return new AccountOverview(account.getEmail(), account.getRoles(), account.isEmailConfirmed(), null, null, 0);
        }
        long vacancies = em.createNamedQuery("Vacancy.countByAgency", Long.class)
                .setParameter("agency", agency)
                .getSingleResult();
        return new AccountOverview(account.getEmail(), account.getRoles(), account.isEmailConfirmed(), agency.getCode(), agency.getName(), vacancies);
    }
}
