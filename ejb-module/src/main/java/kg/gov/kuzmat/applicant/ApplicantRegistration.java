package kg.gov.kuzmat.applicant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RateLimits;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.privacy.ConsentLedger;
import kg.gov.kuzmat.security.AccountMails;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.PasswordPolicy;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen creates their own applicant account. Everything is checked before anything is stored,
 * and it all happens in one transaction: the account, the identity, the consent record and the
 * confirmation token exist together or not at all, and the confirmation mail leaves only after commit.
 */
@Stateless
@PermitAll
public class ApplicantRegistration {

    /** Registrations one network address may make in an hour. */
    public static final String PER_ADDRESS_PROPERTY = "kuzmat.rate.registrations-per-address";
    public static final int DEFAULT_PER_ADDRESS = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ConsentLedger consents;

    @Inject
    private AccountMails accountMails;

    @EJB
    private RateLimits limits;

    public void register(@NotNull(message = "{validation.required}") @Valid Registration form, ConsentContext context) {
        if (context != null && context.ipAddress() != null && !limits.take(RateLimits.Kind.REGISTRATION_ADDRESS,
                context.ipAddress(), Integer.getInteger(PER_ADDRESS_PROPERTY, DEFAULT_PER_ADDRESS), Duration.ofHours(1))) {
            throw new BusinessException("registration.tooMany");
        }
        Identity identity = form.identity();
        PersonalNumber number = PersonalNumber.parse(identity.personalNumber(), LocalDate.now(clock));
        number.requireBirthDate(identity.birthDate());
        Phone.normalize(identity.phone());
        String email = UserAccount.normalizeEmail(form.email());
        passwordPolicy.check(form.password(), email, identity.surname(), identity.givenName(), identity.patronymic(),
                number.digits());
        // Whether an address or a number is registered is told only by mail, to that address: the answer
        // on the page is the same either way ("check your mailbox"), so the form cannot be used to find out.
        Optional<UserAccount> holder = em.createNamedQuery("UserAccount.findByEmail", UserAccount.class).setParameter("email", email)
                .getResultStream().findFirst();
        if (holder.isPresent()) {
            accountMails.sendRegistrationAttempt(holder.get());
            return;
        }
        if (em.createNamedQuery("Applicant.countByPersonalNumber", Long.class)
                .setParameter("personalNumber", number.digits()).getSingleResult() > 0) {
            accountMails.sendPersonalNumberTaken(email, form.language());
            return;
        }
        UserAccount account = new UserAccount(email, hasher.hash(form.password()), Set.of(Role.APPLICANT), null,
                clock.instant());
        account.preferLanguage(form.language());
        em.persist(account);
        em.persist(new Applicant(account, identity, number));
        consents.accept(account, form.policyVersion(), context);
        audit.recordAs(email, AuditAction.PERSONAL_DATA_CHANGED, account, RecordedText.write("auditDetail.registered"));
        try {
            // Two registrations of one address or number at the same moment: the unique constraints decide.
            em.flush();
        } catch (PersistenceException lostRace) {
            throw new BusinessException("registration.alreadyRegistered");
        }
        accountMails.sendConfirmation(account);
    }
}
