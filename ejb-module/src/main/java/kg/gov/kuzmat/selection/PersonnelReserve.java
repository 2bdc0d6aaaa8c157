package kg.gov.kuzmat.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.vacancy.PositionGroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The HR officer's view of their own agency's personnel reserve: who is in it, for which group, until when. */
@Stateless
@RolesAllowed(Role.Names.HR_OFFICER)
public class PersonnelReserve {

    /** How long a place in the reserve lasts unless the system property {@value #MONTHS_PROPERTY} says otherwise. */
    public static final String MONTHS_PROPERTY = "kuzmat.reserve.months";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private Snapshots snapshots;

    @Inject
    private Clock clock;

    static int months() {
        return Math.max(1, Integer.getInteger(MONTHS_PROPERTY, 12));
    }

    /** The agency's reserve, optionally only one position group and names containing the words. */
    public List<ReserveRow> search(PositionGroup group, String name) {
        String words = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return em.createNamedQuery("ReserveEntry.activeOfAgency", ReserveEntry.class)
                .setParameter("agency", callers.requireOfficersAgency())
                .setParameter("today", LocalDate.now(clock))
                .getResultStream()
                .filter(entry -> group == null || entry.getPositionGroup() == group)
                .map(entry -> {
                    Application application = entry.getApplication();
                    Identity identity = snapshots.read(application.getSnapshot()).profile().identity();
                    String fullName = identity.fullName();
                    return new ReserveRow(entry.getId(), fullName, entry.getPositionGroup(), entry.getEnteredOn(),
                            entry.getExpiresOn(), application.getId(), application.getRegistrationNumber(),
                            application.getVacancy().getTitle());
                })
                .filter(row -> words.isEmpty() || row.fullName().toLowerCase(Locale.ROOT).contains(words))
                .toList();
    }
}
