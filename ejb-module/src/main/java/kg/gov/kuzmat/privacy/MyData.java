package kg.gov.kuzmat.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kg.gov.kuzmat.applicant.CallerApplicant;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditTrail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.selection.ApplicationsOfAccount;


/**
 * The citizen's rights over their data in one place: see all of it and take a copy; correcting it is
 * the profile's work (policy 1.3); erase it, which also withdraws consent. Reading and erasing work
 * even before a new policy revision is accepted: a person who does not accept it must be able to leave.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class MyData {

    @Inject
    private CallerApplicant applicants;

    @Inject
    private PersonalDataReports reports;

    @Inject
    private AccountErasure erasure;

    @Inject
    private ApplicationsOfAccount applications;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    /** The person's own copy of their data, as a file: recorded as an export. */
    public PersonalDataReport copy(String format) {
        PersonalDataReport report = report();
        audit.record(AuditAction.EXPORT, applicants.account(), RecordedText.write("auditDetail.ownCopy", RecordedText.text(format)));
        return report;
    }

    public PersonalDataReport report() {
        UserAccount account = applicants.account();
        applicants.find(account).orElseThrow(() -> new BusinessException("security.noAccount"));
        return reports.of(account);
    }

    /** How many of the person's applications an erasure would keep in their competitions' records. */
    public long applicationsKeptAfterErasure() {
        return applications.keptAfterErasure(applicants.account());
    }

    /**
     * Erases the person ({@link AccountErasure}; what stays is the README's retention schedule). The
     * password is asked again: this cannot be undone.
     */
    public void erase(String password) {
        UserAccount account = applicants.account();
        if (password == null || !hasher.verify(password, account.getPasswordHash())) {
            throw new BusinessException("myData.erase.wrongPassword");
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, account, RecordedText.write("auditDetail.accountErased"));
        erasure.erase(account);
    }
}
