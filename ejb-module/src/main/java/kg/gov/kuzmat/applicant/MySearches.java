package kg.gov.kuzmat.applicant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.VacancySearch;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The signed-in applicant's saved searches and their alerts. Stopping or restarting one alert also
 * works without signing in, by the key in the link every alert mail carries.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class MySearches {

    public static final int MAX_SEARCHES = 20;
    private static final int MAX_NAME_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant caller;

    @Inject
    private Clock clock;

    public List<SavedSearch> list() {
        return em.createNamedQuery("SavedSearch.ofAccount", SavedSearch.class)
                .setParameter("account", caller.require().getAccount())
                .getResultList();
    }

    public SavedSearch save(String name, @NotNull @Valid VacancySearch filters, boolean alerts) {
        UserAccount account = caller.require().getAccount();
        if (name == null || name.isBlank()) {
            throw new BusinessException("savedSearch.nameRequired");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new BusinessException("savedSearch.nameTooLong", MAX_NAME_LENGTH);
        }
        if (em.createNamedQuery("SavedSearch.countOfAccount", Long.class).setParameter("account", account)
                .getSingleResult() >= MAX_SEARCHES) {
            throw new BusinessException("savedSearch.tooMany", MAX_SEARCHES);
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        SavedSearch search = new SavedSearch(account, name, filters, alerts,
                Base64.getUrlEncoder().withoutPadding().encodeToString(key), LocalDate.now(clock), clock.instant());
        em.persist(search);
        return search;
    }

    public void switchAlerts(long id, boolean on) {
        own(id).switchAlerts(on, LocalDate.now(clock));
    }

    public void delete(long id) {
        em.remove(own(id));
    }

    /** The one-click link of an alert mail: answers whether the key named an alert. */
    @PermitAll
    public boolean switchAlertsByKey(String key, boolean on) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return false;
        }
        return em.createNamedQuery("SavedSearch.byKey", SavedSearch.class)
                .setParameter("key", key.strip())
                .getResultStream()
                .findFirst()
                .map(search -> {
                    search.switchAlerts(on, LocalDate.now(clock));
                    return true;
                })
                .orElse(false);
    }

    /** Someone else's saved search is answered exactly like a missing one. */
    private SavedSearch own(long id) {
        SavedSearch search = em.find(SavedSearch.class, id);
        if (search == null || !search.getAccount().getId().equals(caller.require().getId())) {
            throw new BusinessException("savedSearch.notFound");
        }
        return search;
    }
}
