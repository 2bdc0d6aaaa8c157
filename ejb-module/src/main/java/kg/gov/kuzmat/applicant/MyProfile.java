package kg.gov.kuzmat.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The signed-in applicant's own profile: read and corrected at any time by its owner only (policy
 * 1.3), and only while they have accepted the policy in force.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class MyProfile {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public ProfileView view() {
        return viewOf(caller.require(), LocalDate.now(clock));
    }

    public static ProfileView viewOf(Applicant applicant, LocalDate today) {
        List<WorkPeriod> jobs = applicant.getExperience();
        return new ProfileView(profileOf(applicant), applicant.getAccount().getEmail(),
                ServiceLength.of(jobs, today, job -> true), ServiceLength.of(jobs, today, WorkPeriod::isCivilService));
    }

    public ProfileView save(@NotNull(message = "{validation.required}") @Valid Profile profile) {
        Applicant applicant = caller.require();
        if (applicant.getVersion() != profile.version()) {
            throw new BusinessException("profile.changedMeanwhile");
        }
        LocalDate today = LocalDate.now(clock);
        PersonalNumber number = PersonalNumber.parse(profile.identity().personalNumber(), today);
        if (!number.digits().equals(applicant.getPersonalNumber())
                && em.createNamedQuery("Applicant.countByPersonalNumber", Long.class)
                .setParameter("personalNumber", number.digits()).getSingleResult() > 0) {
            throw new BusinessException("registration.pinTaken");
        }
        for (int row = 0; row < profile.education().size(); row++) {
            Education education = profile.education().get(row);
            if (education.getYearTo() != null && education.getYearTo() < education.getYearFrom()) {
                throw new BusinessException("profile.education.endBeforeStart", row + 1);
            }
        }
        for (int row = 0; row < profile.experience().size(); row++) {
            WorkPeriod job = profile.experience().get(row);
            if (job.getEndedOn() != null && job.getEndedOn().isBefore(job.getStartedOn())) {
                throw new BusinessException("profile.experience.endBeforeStart", row + 1);
            }
        }
        applicant.change(profile.identity(), number);
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, applicant.getAccount(), RecordedText.write("auditDetail.profileSaved"));
        applicant.changeBackground(profile.classRank(), copies(profile.education(), Education::copy),
                copies(profile.experience(), WorkPeriod::copy), copies(profile.languages(), LanguageSkill::copy));
        // The lists live in their own tables: the version must move whichever part changed.
        em.lock(applicant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException lostRace) {
            throw new BusinessException("profile.changedMeanwhile");
        }
        return view();
    }

    static Profile profileOf(Applicant applicant) {
        return new Profile(applicant.identity(), applicant.getClassRank(), copies(applicant.getEducation(), Education::copy),
                copies(applicant.getExperience(), WorkPeriod::copy), copies(applicant.getLanguages(), LanguageSkill::copy),
                applicant.getVersion());
    }

    /** Embeddables are copied across the boundary: a caller's later edits must not reach the entity. */
    private static <T> List<T> copies(List<T> rows, UnaryOperator<T> copy) {
        return new ArrayList<>(rows.stream().map(copy).toList());
    }
}
