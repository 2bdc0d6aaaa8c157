package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.privacy.DataAccess;

import java.time.Clock;

/**
 * An officer of the vacancy's agency read something of a candidate's file: shown to the person in
 * "My data" (policy 3.2) and written to the access audit, the one way for every such read.
 */
@Dependent
class OfficersReads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    void record(Application application, String what) {
        em.persist(DataAccess.hrView(application.getApplicant(), application.getVacancy().getAgency(), clock.instant()));
        audit.record(AuditAction.FILE_READ, application.getApplicant(), RecordedText.write("auditDetail.read." + what,
                RecordedText.text(application.getRegistrationNumber())));
    }
}
