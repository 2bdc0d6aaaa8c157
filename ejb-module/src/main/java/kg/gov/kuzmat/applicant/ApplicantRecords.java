package kg.gov.kuzmat.applicant;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.PersonErased;
import kg.gov.kuzmat.security.UserAccount;

import java.util.List;

/** An applicant's documents and saved searches as stored, and their erasure, inside the calling service's transaction. */
@Dependent
public class ApplicantRecords {

    @PersistenceContext
    private EntityManager em;

    /** Erasure: the profile, its documents and the saved searches go; nothing of them is kept. */
    void erase(@Observes PersonErased erased) {
        em.createNamedQuery("SavedSearch.deleteOf").setParameter("account", em.getReference(UserAccount.class, erased.accountId()))
                .executeUpdate();
        Applicant applicant = em.find(Applicant.class, erased.accountId());
        if (applicant == null) {
            return;
        }
        for (ApplicantDocument document : documentsOf(applicant)) {
            DocumentContent content = em.find(DocumentContent.class, document.getId());
            if (content != null) {
                em.remove(content);
            }
            em.remove(document);
        }
        // Removing the applicant removes its education, jobs and languages with it.
        em.remove(applicant);
    }

    public byte[] contentOf(ApplicantDocument document) {
        return em.find(DocumentContent.class, document.getId()).getContent();
    }

    public List<SavedSearch> searchesOf(UserAccount account) {
        return em.createNamedQuery("SavedSearch.ofAccount", SavedSearch.class).setParameter("account", account).getResultList();
    }

    public List<ApplicantDocument> documentsOf(Applicant applicant) {
        return em.createNamedQuery("ApplicantDocument.ofApplicant", ApplicantDocument.class)
                .setParameter("applicant", applicant)
                .getResultList();
    }
}
