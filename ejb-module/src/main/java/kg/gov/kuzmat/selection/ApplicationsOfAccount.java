package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A person's applications, for their "My data" and for the erasure of their account. */
@Dependent
public class ApplicationsOfAccount {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationViews views;

    @Inject
    private Clock clock;

    public List<ApplicationView> of(UserAccount account) {
        return applications(account).stream().map(views::of).toList();
    }

    /**
     * On erasure: an application to a competition still taking applications is withdrawn without trace;
     * one whose deadline has passed belongs to a competition's record and is kept under the Agency's
     * retention rules. Answers how many were kept.
     */
    public int eraseWithdrawable(UserAccount account) {
        // A person who erased their account cannot be reached: they leave every reserve.
        em.createQuery("UPDATE ReserveEntry r SET r.leftOn = :today WHERE r.account = :account AND r.leftOn IS NULL")
                .setParameter("today", LocalDate.now(clock))
                .setParameter("account", account)
                .executeUpdate();
        int kept = 0;
        for (Application application : applications(account)) {
            if (application.getVacancy().isOpenForApplications(clock) || application.getStage() == Stage.WITHDRAWN) {
                application.getDocuments().forEach(em::remove);
                application.getEvents().forEach(em::remove);
                em.remove(application);
            } else {
                kept++;
            }
        }
        return kept;
    }

    private List<Application> applications(UserAccount account) {
        return em.createNamedQuery("Application.ofApplicant", Application.class)
                .setParameter("applicant", account)
                .getResultList();
    }
}
