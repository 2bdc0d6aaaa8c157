package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.RecordedText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The end of an unsuccessful candidate's file (policy 3.1): some years after the competition's decision
 * (or its application deadline, when it was never decided) the profile snapshot, the copies of
 * documents, the interview recordings, the words of appeals and reasons, and the computer test's network
 * addresses go; the application stays with its number, stages, results and timeline, for the
 * competition's record and the statistics.
 * The winner's file is the agency's personnel record and is not touched here.
 */
@Dependent
public class ApplicationRetention {

    private static final Identity NOBODY = new Identity("—", "—", null, "—", null, "—");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Snapshots snapshots;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ApplicationsAnonymised> anonymised;

    @Inject
    private Clock clock;

    /**
     * Anonymises at most {@code limit} files whose time is up: competitions decided before the cutoff,
     * and competitions never decided (cancelled, or abandoned) whose application deadline passed before
     * it. Answers how many.
     */
    public int anonymiseDecidedBefore(Instant cutoff, int limit) {
        List<Application> due = em.createQuery("SELECT a FROM Application a WHERE a.anonymisedAt IS NULL"
                        + " AND a.outcome <> kg.gov.kuzmat.selection.Outcome.WINNER AND ("
                        + " EXISTS (SELECT c FROM Competition c WHERE c.vacancy = a.vacancy AND c.decidedAt < :cutoff)"
                        + " OR (a.vacancy.applicationDeadline < :cutoffDay AND NOT EXISTS"
                        + "  (SELECT c FROM Competition c WHERE c.vacancy = a.vacancy AND c.decidedAt IS NOT NULL)))"
                        + " ORDER BY a.id", Application.class)
                .setParameter("cutoff", cutoff)
                .setParameter("cutoffDay", LocalDate.ofInstant(cutoff, clock.getZone()))
                .setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        String anonymous = snapshots.write(new ApplicationSnapshot(null,
                new Profile(NOBODY, null, List.of(), List.of(), List.of(), 0), null, null));
        Instant now = clock.instant();
        anonymised.fire(new ApplicationsAnonymised(due.stream().map(Application::getId).toList()));
        for (Application application : due) {
            application.getDocuments().forEach(em::remove);
            em.createQuery("DELETE FROM InterviewRecording r WHERE r.application = :application")
                    .setParameter("application", application).executeUpdate();
            em.createQuery("UPDATE Appeal p SET p.grounds = :anonymous, p.decisionReason = CASE WHEN p.decisionReason IS NULL"
                            + " THEN NULL ELSE :anonymous END WHERE p.application = :application")
                    .setParameter("anonymous", Application.ANONYMISED_TEXT)
                    .setParameter("application", application).executeUpdate();
            application.anonymise(anonymous, now);
            audit.recordAs(AuditTrail.RETENTION, AuditAction.PERSONAL_DATA_CHANGED, application.getApplicant(),
                    RecordedText.write("auditDetail.applicationAnonymised", RecordedText.text(application.getRegistrationNumber())));
        }
        return due.size();
    }
}
