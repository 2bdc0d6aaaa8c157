package kg.gov.kuzmat.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import kg.gov.kuzmat.applicant.Applicant;
import kg.gov.kuzmat.applicant.ApplicantDocument;
import kg.gov.kuzmat.applicant.ApplicantRecords;
import kg.gov.kuzmat.applicant.CallerApplicant;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.ProfileView;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.platform.PortalMetrics;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The applicant's side of a competition: applying to a published vacancy before its deadline (judged
 * on the server's clock), withdrawing, and following their applications.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class Applying {

    public static final int MAX_DOCUMENTS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant caller;

    @Inject
    private ApplicantRecords records;

    @Inject
    private Snapshots snapshots;

    @Inject
    private ApplicationViews views;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    @Inject
    private Clock clock;

    @Inject
    private Event<PortalMetrics.ApplicationSubmitted> submitted;

    public ApplicationView apply(long vacancyId, Set<Long> documentIds, ApplicationConfirmations confirmations) {
        Applicant applicant = caller.require();
        UserAccount account = applicant.getAccount();
        if (!account.isEmailConfirmed()) {
            throw new BusinessException("application.confirmEmailFirst");
        }
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || vacancy.getStatus() == VacancyStatus.DRAFT) {
            throw new BusinessException("application.vacancyNotFound");
        }
        if (!vacancy.isOpenForApplications(clock)) {
            throw new BusinessException("application.deadlinePassed");
        }
        LocalDate today = LocalDate.now(clock);
        if (vacancy.isReserveOnlyOn(today) && em.createNamedQuery("ReserveEntry.activeFor", ReserveEntry.class)
                .setParameter("agency", vacancy.getAgency())
                .setParameter("group", vacancy.getPositionGroup())
                .setParameter("today", today)
                .getResultStream()
                .noneMatch(entry -> entry.getAccount().getId().equals(account.getId()))) {
            throw new BusinessException("application.reserveOnly", MailTexts.format(vacancy.getReserveOnlyUntil()));
        }
        if (confirmations == null || !confirmations.all()) {
            throw new BusinessException("application.confirmationsRequired");
        }
        if (em.createNamedQuery("Application.countOf", Long.class).setParameter("vacancy", vacancy)
                .setParameter("applicant", account).getSingleResult() > 0) {
            throw new BusinessException("application.already");
        }
        submitted.fire(new PortalMetrics.ApplicationSubmitted());
        Set<Long> chosen = documentIds == null ? Set.of() : documentIds;
        if (chosen.size() > MAX_DOCUMENTS) {
            throw new BusinessException("application.tooManyDocuments", MAX_DOCUMENTS);
        }
        List<ApplicantDocument> documents = records.documentsOf(applicant).stream()
                .filter(document -> chosen.contains(document.getId()))
                .toList();
        if (documents.size() != chosen.size()) {
            throw new BusinessException("document.notFound");
        }
        ProfileView profile = MyProfile.viewOf(applicant, LocalDate.now(clock));
        Application application = new Application(vacancy, account, confirmations,
                snapshots.write(new ApplicationSnapshot(account.getEmail(), profile.profile(), profile.totalService(),
                        profile.civilService())), clock.instant());
        em.persist(application);
        application.number(ClockProducer.BISHKEK);
        for (ApplicantDocument document : documents) {
            em.persist(application.attach(document.getKind(), document.getFileName(), document.getContentType(),
                    records.contentOf(document)));
        }
        em.persist(application.record(clock.instant(), ApplicationEvent.Kind.SUBMITTED, null, ApplicationEvent.CANDIDATE));
        try {
            // Two tabs or a double click: the database's uniqueness decides which one applied.
            em.flush();
        } catch (PersistenceException secondOfTwo) {
            throw new BusinessException("application.already");
        }
        mail.fire(texts.compose(account.getEmail(), account.getPreferredLanguage(), "applicationReceipt",
                "/account/applications.xhtml", application.getRegistrationNumber(), vacancy.getTitle(),
                vacancy.getAgency().getName().in(Locale.forLanguageTag(account.getPreferredLanguage())),
                MailTexts.format(vacancy.getApplicationDeadline())));
        return views.of(application);
    }

    public void withdraw(long applicationId) {
        Application application = own(applicationId);
        application.withdraw(clock);
        em.persist(application.record(clock.instant(), ApplicationEvent.Kind.WITHDRAWN, null, ApplicationEvent.CANDIDATE));
    }

    /** Appeals the latest result of the application, within the days allowed for it. */
    public AppealView appeal(long applicationId, String grounds) {
        Application application = own(applicationId);
        ApplicationEvent result = views.appealableResult(application)
                .orElseThrow(() -> new BusinessException("appeal.notAllowed", ApplicationViews.appealDays()));
        Appeal appeal = new Appeal(application, result.getKind(), grounds, clock.instant());
        em.persist(appeal);
        em.persist(application.record(clock.instant(), ApplicationEvent.Kind.APPEALED, result.getKind().name(),
                ApplicationEvent.CANDIDATE));
        em.flush();
        return AppealView.of(appeal);
    }

    public List<ApplicationView> mine() {
        return em.createNamedQuery("Application.ofApplicant", Application.class)
                .setParameter("applicant", caller.require().getAccount())
                .getResultStream()
                .map(views::of)
                .toList();
    }

    /** A document as it was copied into the applicant's own application. */
    public DocumentFile document(long applicationId, long documentId) {
        return CandidateFiles.documentOf(own(applicationId), documentId);
    }

    /** The candidate's copy of the recording of their own interview. */
    public DocumentFile recording(long applicationId, long recordingId) {
        return CandidateFiles.recordingOf(em, own(applicationId), recordingId);
    }

    /** Someone else's application is answered exactly like a missing one. */
    private Application own(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.getApplicant().getId().equals(caller.require().getId())) {
            throw new BusinessException("application.notFound");
        }
        return application;
    }
}
