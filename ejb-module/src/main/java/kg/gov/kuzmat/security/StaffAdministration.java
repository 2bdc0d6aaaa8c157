package kg.gov.kuzmat.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RecordedText;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The administrators' side of HR officers' accounts: invite one by e-mail (the link sets the first
 * password), move them to another agency, disable and enable them. An officer belongs to exactly one
 * agency; every change is in the access audit. Administrators are never created here, nor anywhere
 * on the public side: registration only ever makes applicants.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class StaffAdministration {


    @PersistenceContext
    private EntityManager em;

    @EJB
    private AgencyDirectory agencies;

    @Inject
    private AccountMails mails;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<OfficerRow> officers() {
        return em.createQuery("SELECT u FROM UserAccount u JOIN FETCH u.agency WHERE :role MEMBER OF u.roles"
                        + " ORDER BY u.agency.code, u.email", UserAccount.class)
                .setParameter("role", Role.HR_OFFICER)
                .getResultStream()
                .map(u -> new OfficerRow(u.getId(), u.getEmail(), u.getAgency().getId(), u.getAgency().getCode(),
                        u.getAgency().getName(), u.isEnabled(), u.isEmailConfirmed(), u.getCreatedAt()))
                .toList();
    }

    /** Opens an HR officer's account for the agency and mails the link that sets its password. */
    public long invite(String email, long agencyId, String language) {
        String address = email == null || email.isBlank() ? "" : UserAccount.normalizeEmail(email);
        if (!UserAccount.isDeliverable(address)) {
            throw new BusinessException("staff.emailInvalid");
        }
        Agency agency = activeAgency(agencyId);
        if (!em.createNamedQuery("UserAccount.findByEmail", UserAccount.class).setParameter("email", address)
                .getResultList().isEmpty()) {
            throw new BusinessException("staff.emailTaken");
        }
        // Nobody knows this password: the invitation's link is the only way in.
        UserAccount officer = new UserAccount(address, hasher.hash(UUID.randomUUID() + UUID.randomUUID().toString()),
                Set.of(Role.HR_OFFICER), agency, clock.instant());
        officer.preferLanguage(language);
        em.persist(officer);
        try {
            em.flush();
        } catch (PersistenceException lostRace) {
            throw new BusinessException("staff.emailTaken");
        }
        mails.sendInvitation(officer);
        audit.record(AuditAction.ROLE_CHANGED, officer, RecordedText.write("auditDetail.officerInvited", RecordedText.text(agency.getCode())));
        return officer.getId();
    }

    public void resendInvitation(long accountId) {
        UserAccount officer = officer(accountId);
        if (officer.isEmailConfirmed()) {
            throw new BusinessException("staff.passwordAlreadySet");
        }
        mails.sendInvitation(officer);
    }

    /** From the officer's next action on, they work for the new agency only. */
    public void moveTo(long accountId, long agencyId) {
        UserAccount officer = officer(accountId);
        Agency from = officer.getAgency();
        Agency to = activeAgency(agencyId);
        if (to.sameAs(from)) {
            return;
        }
        officer.moveTo(to);
        audit.record(AuditAction.AGENCY_CHANGED, officer, RecordedText.write("auditDetail.officerMoved", RecordedText.text(from.getCode()),
                RecordedText.text(to.getCode())));
    }

    /** A disabled officer cannot sign in, and every service refuses them at once, signed in or not. */
    public void enable(long accountId, boolean on) {
        UserAccount officer = officer(accountId);
        if (officer.isEnabled() == on) {
            return;
        }
        officer.enable(on);
        audit.record(AuditAction.ROLE_CHANGED, officer, RecordedText.write(on ? "auditDetail.officerEnabled" : "auditDetail.officerDisabled"));
    }

    private Agency activeAgency(long agencyId) {
        Agency agency = agencies.require(agencyId);
        if (!agency.isActive()) {
            throw new BusinessException("staff.agencyInactive");
        }
        return agency;
    }

    private UserAccount officer(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.hasRole(Role.HR_OFFICER)) {
            throw new BusinessException("staff.notFound");
        }
        return account;
    }
}
