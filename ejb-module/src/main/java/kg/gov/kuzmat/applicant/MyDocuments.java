package kg.gov.kuzmat.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.util.List;

/**
 * The signed-in applicant's documents: uploaded, listed, downloaded and deleted by their owner only.
 * A file is accepted only if its bytes are a PDF, JPEG or PNG and it is at most 10 MB.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class MyDocuments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_DOCUMENTS = 30;
    private static final int MAX_NAME_LENGTH = 255;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant caller;

    @Inject
    private ApplicantRecords records;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<ApplicantDocument> list() {
        return records.documentsOf(caller.require());
    }

    public ApplicantDocument upload(DocumentKind kind, String fileName, byte[] content) {
        Applicant owner = caller.require();
        if (kind == null) {
            throw new BusinessException("document.kindRequired");
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        FileType type = FileType.of(content).orElseThrow(() -> new BusinessException("document.typeRefused"));
        if (em.createNamedQuery("ApplicantDocument.countOfApplicant", Long.class).setParameter("applicant", owner)
                .getSingleResult() >= MAX_DOCUMENTS) {
            throw new BusinessException("document.tooMany", MAX_DOCUMENTS);
        }
        ApplicantDocument document = new ApplicantDocument(owner, kind, safeName(fileName, type), type, content.length,
                clock.instant());
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), content));
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, owner.getAccount(), RecordedText.write("auditDetail.documentAdded", RecordedText.text(document.getId())));
        return document;
    }

    public DocumentFile download(long documentId) {
        ApplicantDocument document = ownDocument(documentId);
        DocumentContent content = em.find(DocumentContent.class, document.getId());
        return new DocumentFile(document.getFileName(), document.getContentType(), content.getContent());
    }

    public void delete(long documentId) {
        ApplicantDocument document = ownDocument(documentId);
        em.remove(em.find(DocumentContent.class, document.getId()));
        em.remove(document);
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, caller.account(), RecordedText.write("auditDetail.documentDeleted", RecordedText.text(documentId)));
    }

    /** Someone else's document is answered exactly like a missing one. */
    private ApplicantDocument ownDocument(long documentId) {
        ApplicantDocument document = em.find(ApplicantDocument.class, documentId);
        if (document == null || !document.getApplicant().getId().equals(caller.require().getId())) {
            throw new BusinessException("document.notFound");
        }
        return document;
    }

    /**
     * The name as shown and offered on download: the uploaded name without any path or control
     * characters, ending in the extension of what the file really is.
     */
    static String safeName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "document";
        }
        String suffix = "." + type.extension();
        if (base.length() + suffix.length() > MAX_NAME_LENGTH) {
            base = base.substring(0, MAX_NAME_LENGTH - suffix.length());
        }
        return base + suffix;
    }
}
