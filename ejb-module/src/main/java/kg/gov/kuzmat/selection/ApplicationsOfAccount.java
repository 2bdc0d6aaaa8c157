package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.platform.PersonErased;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person's applications, for their "My data" and for the erasure of their account. */
@Dependent
public class ApplicationsOfAccount {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationViews views;

    @Inject
    private Snapshots snapshots;

    @Inject
    private Event<ApplicationsErased> erasedApplications;

    @Inject
    private Clock clock;

    public List<ApplicationView> of(UserAccount account) {
        return applications(account).stream().map(views::of).toList();
    }

    /**
     * On erasure: an application to a competition still taking applications, or one withdrawn, goes
     * without trace. One whose deadline has passed belongs to a competition's record and is kept under
     * the retention schedule, but without the ways to reach the person (e-mail, phone): nobody may
     * contact someone who erased their account, and the record does not need them.
     */
    void erase(@Observes PersonErased erased) {
        UserAccount account = em.getReference(UserAccount.class, erased.accountId());
        // A person who erased their account cannot be reached: they leave every reserve.
        em.createQuery("UPDATE ReserveEntry r SET r.leftOn = :today WHERE r.account = :account AND r.leftOn IS NULL")
                .setParameter("today", LocalDate.now(clock))
                .setParameter("account", account)
                .executeUpdate();
        List<Application> withdrawable = new ArrayList<>();
        for (Application application : applications(account)) {
            if (application.goesWithTheAccount(clock)) {
                withdrawable.add(application);
            } else {
                application.keepOnlyForTheRecord(snapshots.write(withoutContacts(snapshots.read(application.getSnapshot()))));
            }
        }
        if (withdrawable.isEmpty()) {
            return;
        }
        erasedApplications.fire(new ApplicationsErased(withdrawable.stream().map(Application::getId).toList()));
        for (Application application : withdrawable) {
            for (String entity : List.of("Appeal", "InterviewRecording")) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.application = :application")
                        .setParameter("application", application).executeUpdate();
            }
            application.getDocuments().forEach(em::remove);
            application.getEvents().forEach(em::remove);
            em.remove(application);
        }
    }

    /** The applications an erasure of the account would keep in their competitions' records. */
    public long keptAfterErasure(UserAccount account) {
        return applications(account).stream().filter(application -> !application.goesWithTheAccount(clock)).count();
    }

    private static ApplicationSnapshot withoutContacts(ApplicationSnapshot kept) {
        Profile profile = kept.profile();
        Identity identity = profile.identity();
        Identity unreachable = new Identity(identity.surname(), identity.givenName(), identity.patronymic(),
                identity.personalNumber(), identity.birthDate(), null);
        return new ApplicationSnapshot(null, new Profile(unreachable, profile.classRank(), profile.education(),
                profile.experience(), profile.languages(), profile.version()), kept.totalService(), kept.civilService());
    }

    private List<Application> applications(UserAccount account) {
        return em.createNamedQuery("Application.ofApplicant", Application.class)
                .setParameter("applicant", account)
                .getResultList();
    }
}
