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

import java.util.Optional;

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
        UserAccount account = account();
        consents.requireCurrent(account);
        return find(account).orElseThrow(() -> new BusinessException("security.noAccount"));
    }

    /**
     * Without the consent check: only for the person reading or erasing their own data, which they may
     * do whether or not they accept a new revision.
     */
    public Optional<Applicant> find(UserAccount account) {
        return Optional.ofNullable(em.find(Applicant.class, account.getId()));
    }

    public UserAccount account() {
        return callers.current().orElseThrow(() -> new BusinessException("security.noAccount"));
    }
}
