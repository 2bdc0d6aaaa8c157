package kg.gov.kuzmat.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.ConsentLedger;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.UserAccount;

/** The calling applicant's record, for the services that work on a person's own data. */
@Dependent
public class CallerApplicant {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private ConsentLedger consents;

    /** Refused until the caller has accepted the policy in force: no processing without consent. */
    public Applicant require() {
        UserAccount account = callers.current().orElseThrow(() -> new BusinessException("security.noAccount"));
        consents.requireCurrent(account);
        Applicant applicant = em.find(Applicant.class, account.getId());
        if (applicant == null) {
            throw new BusinessException("security.noAccount");
        }
        return applicant;
    }
}
