package kg.gov.kuzmat.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.privacy.DataAccess;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.util.List;

/**
 * The HR officer's side: the candidates of their own agency's vacancies and each candidate's file as
 * submitted. Every opening of a file, and every document downloaded from it, is recorded for the
 * candidate's "who saw my data" (policy 3.2); other agencies' candidates do not exist for the officer.
 */
@Stateless
@RolesAllowed(Role.Names.HR_OFFICER)
public class CandidateFiles {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private Snapshots snapshots;

    @Inject
    private ApplicationViews views;

    @Inject
    private Clock clock;

    /** The vacancy's applications in the order they came, with names: a list, not a file, so not recorded as a view. */
    public List<CandidateRow> candidates(long vacancyId) {
        Agency agency = callers.requireOfficersAgency();
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.belongsTo(agency)) {
            throw new BusinessException("vacancy.notFound");
        }
        return em.createNamedQuery("Application.ofVacancy", Application.class)
                .setParameter("vacancy", vacancy)
                .getResultStream()
                .map(application -> {
                    Identity identity = snapshots.read(application.getSnapshot()).profile().identity();
                    String name = identity.surname() + " " + identity.givenName()
                            + (identity.patronymic() == null ? "" : " " + identity.patronymic());
                    return new CandidateRow(application.getId(), application.getRegistrationNumber(), name,
                            application.getSubmittedAt(), application.getStage());
                })
                .toList();
    }

    public ApplicationView file(long applicationId) {
        Application application = ofOwnAgency(applicationId);
        recordView(application);
        return views.of(application);
    }

    public DocumentFile document(long applicationId, long documentId) {
        Application application = ofOwnAgency(applicationId);
        recordView(application);
        return documentOf(application, documentId);
    }

    static DocumentFile documentOf(Application application, long documentId) {
        return application.getDocuments().stream()
                .filter(document -> document.getId() == documentId)
                .findFirst()
                .map(document -> new DocumentFile(document.getFileName(), document.getContentType(), document.getContent()))
                .orElseThrow(() -> new BusinessException("document.notFound"));
    }

    private void recordView(Application application) {
        em.persist(DataAccess.hrView(application.getApplicant(), application.getVacancy().getAgency(), clock.instant()));
    }

    private Application ofOwnAgency(long applicationId) {
        Agency agency = callers.requireOfficersAgency();
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.getVacancy().belongsTo(agency)) {
            throw new BusinessException("application.notFound");
        }
        return application;
    }
}
