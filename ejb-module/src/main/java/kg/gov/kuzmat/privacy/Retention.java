package kg.gov.kuzmat.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.platform.DisplayDates;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.selection.ApplicationRetention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.logging.Logger;

/**
 * Policy 3.1, every night: the files of unsuccessful candidates are anonymised
 * {@value #UNSUCCESSFUL_PROPERTY} years (3 by default) after their competition's decision; applicants'
 * accounts unused for {@value #INACTIVE_PROPERTY} years (3) are erased, after a mail
 * {@value #WARNING_PROPERTY} days (30) before. Work goes in batches, each its own transaction that also
 * counts itself into the run's record: a run that stops halfway is finished by the next one, and
 * nothing is done twice, because each batch only takes what is still due.
 */
@Stateless
@PermitAll
public class Retention {

    public static final String UNSUCCESSFUL_PROPERTY = "kuzmat.retention.unsuccessful-years";
    public static final String INACTIVE_PROPERTY = "kuzmat.retention.inactive-years";
    public static final String WARNING_PROPERTY = "kuzmat.retention.warning-days";
    /** Items per transaction (100 unless set; the tests set a small one to cut a run between batches). */
    public static final String BATCH_PROPERTY = "kuzmat.retention.batch";

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ApplicationRetention applications;

    @Inject
    private AccountErasure erasure;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    @Inject
    private Clock clock;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Bishkek", persistent = true, info = "retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        RetentionRun run = run();
        LOG.info("Retention: " + run.getApplicationsAnonymised() + " files anonymised, " + run.getAccountsWarned()
                + " accounts warned, " + run.getAccountsErased() + " erased");
    }

    /** A whole run, batch after batch; administrators may start one at once. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionRun runNow() {
        return run();
    }

    private RetentionRun run() {
        Retention self = context.getBusinessObject(Retention.class);
        long run = self.start();
        while (self.anonymiseBatch(run) > 0) {
            // batch after batch, each committed on its own
        }
        while (self.warnBatch(run) > 0) {
            // idem
        }
        while (self.eraseBatch(run) > 0) {
            // idem
        }
        return self.finish(run);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long start() {
        RetentionRun run = new RetentionRun(clock.instant());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int anonymiseBatch(long runId) {
        Instant cutoff = LocalDate.now(clock).minusYears(years(UNSUCCESSFUL_PROPERTY)).atStartOfDay(clock.getZone()).toInstant();
        int done = applications.anonymiseDecidedBefore(cutoff, batch());
        em.find(RetentionRun.class, runId).counted(done, 0, 0);
        return done;
    }

    /** Tells those whose account will be erased within the warning period, once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warnBatch(long runId) {
        Instant now = clock.instant();
        Instant unusedSince = inactivityCutoff().plus(Duration.ofDays(warningDays()));
        List<UserAccount> due = unused(unusedSince, null);
        // Warned accounts are erased once unused past the period and warned a whole warning period ago;
        // being warned at most that period before the end, they are erased a warning period from now.
        String erasureDay = DisplayDates.DATE.format(LocalDate.now(clock).plusDays(warningDays()));
        for (UserAccount account : due) {
            account.warnedOfRetention(now);
            mail.fire(texts.compose(account.getEmail(), account.getPreferredLanguage(), "retentionWarning", "/login.xhtml",
                    erasureDay));
        }
        em.find(RetentionRun.class, runId).counted(0, due.size(), 0);
        return due.size();
    }

    /** Erases accounts unused past the period whose owners were warned at least the warning period ago. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int eraseBatch(long runId) {
        List<UserAccount> due = unused(inactivityCutoff(), clock.instant().minus(Duration.ofDays(warningDays())));
        for (UserAccount account : due) {
            audit.recordAs(AuditTrail.RETENTION, AuditAction.PERSONAL_DATA_CHANGED, account,
                    RecordedText.write("auditDetail.accountErasedUnused", RecordedText.text(years(INACTIVE_PROPERTY))));
            erasure.erase(account);
        }
        em.find(RetentionRun.class, runId).counted(0, 0, due.size());
        return due.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionRun finish(long runId) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        run.finish(clock.instant());
        return run;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<RetentionRun> recentRuns() {
        return em.createNamedQuery("RetentionRun.latest", RetentionRun.class).setMaxResults(30).getResultList();
    }

    /** The periods in force: unsuccessful candidates' files (years), unused accounts (years), warning (days). */
    @RolesAllowed(Role.Names.ADMIN)
    public Period[] periods() {
        return new Period[]{Period.ofYears(years(UNSUCCESSFUL_PROPERTY)), Period.ofYears(years(INACTIVE_PROPERTY)),
                Period.ofDays(warningDays())};
    }

    /**
     * Applicants' accounts unused since the moment given: not yet warned when {@code warnedBefore} is
     * null, else warned before that moment.
     */
    private List<UserAccount> unused(Instant since, Instant warnedBefore) {
        TypedQuery<UserAccount> query = em.createQuery("SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles AND u.erasedAt IS NULL"
                        // Each moment compared with a mapped column (not inside COALESCE), so that EclipseLink
                        // converts the parameter for the database: PostgreSQL's driver cannot bind an Instant.
                        + " AND (u.lastSignedInAt < :since OR (u.lastSignedInAt IS NULL AND u.createdAt < :since)) AND "
                        + (warnedBefore == null ? "u.retentionWarnedAt IS NULL" : "u.retentionWarnedAt < :warnedBefore")
                        + " ORDER BY u.id", UserAccount.class)
                .setParameter("role", Role.APPLICANT).setParameter("since", since);
        if (warnedBefore != null) {
            query.setParameter("warnedBefore", warnedBefore);
        }
        return query.setMaxResults(batch()).getResultList();
    }

    private Instant inactivityCutoff() {
        return LocalDate.now(clock).minusYears(years(INACTIVE_PROPERTY)).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The period, in years, that one of the year settings gives ({@value #UNSUCCESSFUL_PROPERTY}, {@value #INACTIVE_PROPERTY}). */
    public static int years(String property) {
        return Math.max(1, Integer.getInteger(property, 3));
    }

    private static int batch() {
        return Math.max(1, Integer.getInteger(BATCH_PROPERTY, 100));
    }

    /** Days between the warning mail and the erasure of an unused account. */
    public static int warningDays() {
        return Math.max(1, Integer.getInteger(WARNING_PROPERTY, 30));
    }
}
