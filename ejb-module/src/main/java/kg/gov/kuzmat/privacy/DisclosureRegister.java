package kg.gov.kuzmat.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.Applicant;
import kg.gov.kuzmat.applicant.DocumentFile;
import kg.gov.kuzmat.applicant.FileType;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Policy 3.4: a person's data is given to a third party only on an official written request of an
 * authorised state body. The administrator registers the request with its scanned letter (body, letter
 * number and date, legal basis, the person by personal number, the data asked for); only then can they
 * export, and only that person's data of the categories asked for. Every export is recorded, and the
 * person sees the disclosure in "My data". There is no other way to export another person's data.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DisclosureRegister {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private PersonalDataReports reports;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public long register(DisclosureDraft draft, String letterFileName, byte[] letterScan) {
        if (draft == null || blank(draft.stateBody()) || blank(draft.letterNumber()) || draft.letterDate() == null
                || blank(draft.legalBasis()) || blank(draft.personalNumber())) {
            throw new BusinessException("disclosure.incomplete");
        }
        if (draft.stateBody().strip().length() > 300 || draft.letterNumber().strip().length() > 100
                || draft.legalBasis().strip().length() > 500) {
            throw new BusinessException("disclosure.tooLong");
        }
        if (draft.letterDate().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("disclosure.letterDateInFuture");
        }
        if (draft.requested() == null || draft.requested().isEmpty()) {
            throw new BusinessException("disclosure.nothingRequested");
        }
        if (letterScan == null || letterScan.length == 0) {
            throw new BusinessException("disclosure.letterRequired");
        }
        if (letterScan.length > MyDocuments.MAX_BYTES) {
            throw new BusinessException("document.tooLarge", MyDocuments.MAX_BYTES / (1024 * 1024));
        }
        FileType type = FileType.of(letterScan).orElseThrow(() -> new BusinessException("document.typeRefused"));
        Applicant subject = em.createQuery("SELECT a FROM Applicant a WHERE a.personalNumber = :number", Applicant.class)
                .setParameter("number", draft.personalNumber().strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("disclosure.noSuchPerson"));
        String name = letterFileName == null || letterFileName.isBlank() ? "letter." + type.extension()
                : letterFileName.replaceAll(".*[/\\\\]", "").strip();
        DisclosureRequest request = new DisclosureRequest(draft, subject.getAccount(), Set.copyOf(draft.requested()),
                new DocumentFile(name.length() > 255 ? name.substring(0, 255) : name, type.contentType(), letterScan),
                callers.currentName(), clock.instant());
        em.persist(request);
        em.flush();
        return request.getId();
    }

    public List<DisclosureRow> requests() {
        return em.createNamedQuery("DisclosureRequest.all", DisclosureRequest.class).getResultStream()
                .map(r -> new DisclosureRow(r.getId(), r.getStateBody(), r.getLetterNumber(), r.getLetterDate(), r.getLegalBasis(),
                        r.getPersonalNumber(), r.requested(), r.letter().fileName(), r.getRegisteredBy(), r.getRegisteredAt(),
                        em.createNamedQuery("DisclosureExport.ofRequest", DisclosureExport.class).setParameter("request", r.getId())
                                .getResultStream().map(e -> new DisclosureRow.Export(e.getExportedBy(), e.getExportedAt())).toList()))
                .toList();
    }

    public DocumentFile letter(long requestId) {
        return request(requestId).letter();
    }

    /**
     * The data the request asks for, recorded as given: the export in the register and, the first
     * time, the disclosure on the person's "My data".
     */
    public DisclosedData export(long requestId) {
        DisclosureRequest request = request(requestId);
        if (request.getSubject().isErased()) {
            throw new BusinessException("disclosure.subjectErased");
        }
        Instant now = clock.instant();
        String officer = callers.currentName();
        DisclosedData data = DisclosedData.of(request, reports.of(request.getSubject()), now, officer);
        boolean first = em.createNamedQuery("DisclosureExport.ofRequest", DisclosureExport.class)
                .setParameter("request", requestId).setMaxResults(1).getResultList().isEmpty();
        em.persist(new DisclosureExport(requestId, officer, now, request.getDataRequested()));
        if (first) {
            em.persist(DataAccess.disclosure(request, now));
        }
        audit.record(AuditAction.EXPORT, request.getSubject(), RecordedText.write("auditDetail.disclosureExported",
                RecordedText.text(requestId), RecordedText.text(request.getStateBody()), RecordedText.text(request.getDataRequested())));
        return data;
    }

    private DisclosureRequest request(long requestId) {
        DisclosureRequest request = em.find(DisclosureRequest.class, requestId);
        if (request == null) {
            throw new BusinessException("disclosure.notFound");
        }
        return request;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
