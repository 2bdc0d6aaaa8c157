package kg.gov.kuzmat.feedback;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.PersonErased;

/** The feedback form's share of erasing a person: what they wrote from their address goes, answered or not. */
@Dependent
public class FeedbackErasure {

    @PersistenceContext
    private EntityManager em;

    void erase(@Observes PersonErased erased) {
        em.createQuery("DELETE FROM FeedbackMessage m WHERE m.email = :email").setParameter("email", erased.email())
                .executeUpdate();
    }
}
