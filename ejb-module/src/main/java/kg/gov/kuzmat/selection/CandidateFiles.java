package kg.gov.kuzmat.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.util.List;
import java.util.stream.IntStream;

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
    private OfficersReads reads;

    /** The vacancy's applications in the order they came, with names: a list, not a file, so not recorded as a view. */
    public List<CandidateRow> candidates(long vacancyId) {
        Agency agency = callers.requireOfficersAgency();
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.belongsTo(agency)) {
            throw new BusinessException("vacancy.notFound");
        }
        boolean visible = identityVisible(vacancy);
        return em.createNamedQuery("Application.ofVacancy", Application.class)
                .setParameter("vacancy", vacancy)
                .getResultStream()
                .map(application -> {
                    Identity identity = snapshots.read(application.getSnapshot()).profile().identity();
                    String name = visible ? identity.fullName() : null;
                    return new CandidateRow(application.getId(), application.getRegistrationNumber(), name,
                            application.getSubmittedAt(), application.getStage());
                })
                .toList();
    }

    /** The file as submitted; during a name-blind review without the identity and the identity documents. */
    public ApplicationView file(long applicationId) {
        Application application = ofOwnAgency(applicationId);
        recordView(application);
        ApplicationView file = views.of(application);
        return identityVisible(application.getVacancy()) ? file : withoutIdentity(file);
    }

    public DocumentFile document(long applicationId, long documentId) {
        Application application = ofOwnAgency(applicationId);
        boolean identityDocument = application.getDocuments().stream()
                .anyMatch(d -> d.getId() == documentId && d.getKind() == DocumentKind.ID_DOCUMENT);
        if (identityDocument && !identityVisible(application.getVacancy())) {
            throw new BusinessException("document.notFound");
        }
        recordView(application);
        DocumentFile file = documentOf(application, documentId);
        if (identityVisible(application.getVacancy())) {
            return file;
        }
        List<ApplicationDocument> shown = application.getDocuments().stream()
                .filter(d -> d.getKind() != DocumentKind.ID_DOCUMENT).toList();
        int position = 1 + shown.stream().map(ApplicationDocument::getId).toList().indexOf(documentId);
        return new DocumentFile(neutralName(position, file.fileName()), file.contentType(), file.content());
    }

    /**
     * During a name-blind review a file keeps only its place and its extension: people name their files
     * after themselves ("CV_Asanov.pdf").
     */
    static String neutralName(int position, String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).replaceAll("[^.A-Za-z0-9]", "");
        return "document-" + position + extension;
    }

    /** A recording of the candidate's interview; listening to it is a view of their data, recorded as such. */
    public DocumentFile recording(long applicationId, long recordingId) {
        Application application = ofOwnAgency(applicationId);
        recordView(application);
        return recordingOf(em, application, recordingId);
    }

    static DocumentFile recordingOf(EntityManager em, Application application, long recordingId) {
        InterviewRecording recording = em.find(InterviewRecording.class, recordingId);
        if (recording == null || !em.createNamedQuery("InterviewRecording.ofApplication", InterviewRecording.class)
                .setParameter("application", application).getResultList().contains(recording)) {
            throw new BusinessException("document.notFound");
        }
        return new DocumentFile(recording.getFileName(), recording.getContentType(), recording.getContent());
    }

    private boolean identityVisible(Vacancy vacancy) {
        Competition competition = em.find(Competition.class, vacancy.getId());
        return competition == null || !competition.hidesIdentity();
    }

    private static ApplicationView withoutIdentity(ApplicationView file) {
        ApplicationSnapshot snapshot = file.snapshot();
        Profile profile = snapshot.profile();
        Identity hidden = new Identity(null, null, null, null, null, null);
        ApplicationSnapshot blind = new ApplicationSnapshot(null, new Profile(hidden, profile.classRank(), profile.education(),
                profile.experience(), profile.languages(), profile.version()), snapshot.totalService(), snapshot.civilService());
        return new ApplicationView(file.id(), file.registrationNumber(), file.vacancyId(), file.vacancyTitle(), file.agencyName(),
                file.applicationDeadline(), file.stage(), file.outcome(), file.submittedAt(), false, List.of(),
                withoutFileNames(file.documents().stream().filter(d -> !d.kind().equals(DocumentKind.ID_DOCUMENT.name())).toList()),
                blind, List.of(), false, file.results(), file.recordings());
    }

    private static List<ApplicationView.Document> withoutFileNames(List<ApplicationView.Document> documents) {
        return IntStream.range(0, documents.size()).mapToObj(i -> {
            ApplicationView.Document d = documents.get(i);
            return new ApplicationView.Document(d.id(), d.kind(), neutralName(i + 1, d.fileName()), d.contentType(), d.sizeBytes(),
                    d.verified(), d.verificationNote());
        }).toList();
    }

    static DocumentFile documentOf(Application application, long documentId) {
        return application.getDocuments().stream()
                .filter(document -> document.getId() == documentId)
                .findFirst()
                .map(document -> new DocumentFile(document.getFileName(), document.getContentType(), document.getContent()))
                .orElseThrow(() -> new BusinessException("document.notFound"));
    }

    private void recordView(Application application) {
        reads.record(application, "file");
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
