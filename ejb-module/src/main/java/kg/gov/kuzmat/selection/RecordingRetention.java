package kg.gov.kuzmat.selection;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Interview recordings are kept for their retention period and no longer: each night the ended ones are deleted. */
@Singleton
@PermitAll
public class RecordingRetention {

    private static final Logger LOG = Logger.getLogger(RecordingRetention.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "15", timezone = "Asia/Bishkek", persistent = true, info = "recording retention")
    void everyNight() {
        int deleted = purge();
        LOG.info(() -> "Interview recordings past their retention deleted: " + deleted);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public int purge() {
        return em.createNamedQuery("InterviewRecording.deleteExpired").setParameter("today", LocalDate.now(clock)).executeUpdate();
    }
}
