package kg.gov.kuzmat.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.ApplicantRecords;
import kg.gov.kuzmat.applicant.Applicant;
import kg.gov.kuzmat.applicant.CallerApplicant;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.ProfileView;
import kg.gov.kuzmat.mail.MailDelivery;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.AccountTokens;
import kg.gov.kuzmat.selection.ApplicationsOfAccount;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.VacancySearch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The citizen's rights over their data in one place: see all of it and take a copy; correcting it is
 * the profile's work (policy 1.3); erase it, which also withdraws consent. Reading and erasing work
 * even before a new policy revision is accepted: a person who does not accept it must be able to leave.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class MyData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant applicants;

    @Inject
    private ConsentLedger consents;

    @Inject
    private AccountTokens tokens;

    @Inject
    private ApplicantRecords records;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private MailDelivery mail;

    @Inject
    private ApplicationsOfAccount applications;

    @Inject
    private Clock clock;

    public PersonalDataReport report() {
        UserAccount account = applicants.account();
        Applicant applicant = applicants.find(account).orElseThrow(() -> new BusinessException("security.noAccount"));
        ProfileView view = MyProfile.viewOf(applicant, LocalDate.now(clock));
        List<PersonalDataReport.Document> files = records.documentsOf(applicant).stream()
                .map(d -> new PersonalDataReport.Document(d.getId(), d.getKind().name(), d.getFileName(), d.getContentType(),
                        d.getSize(), d.getUploadedAt()))
                .toList();
        List<PersonalDataReport.SavedSearchRecord> searches = records.searchesOf(account).stream()
                .map(saved -> {
                    VacancySearch f = saved.filters(1);
                    return new PersonalDataReport.SavedSearchRecord(saved.getName(), f.query(), f.agencyCode(),
                            nameOf(f.agencyType()), nameOf(f.region()), nameOf(f.positionGroup()), f.salaryFrom(),
                            nameOf(f.competitionType()), saved.isAlerts(), saved.getCreatedAt());
                })
                .toList();
        List<PersonalDataReport.ConsentRecord> accepted = consents.of(account).stream()
                .map(c -> new PersonalDataReport.ConsentRecord(c.getPolicy().getNumber(), c.getPolicy().getLastUpdated(),
                        c.getAcceptedAt(), c.getIpAddress(), c.getUserAgent(), c.getWithdrawnAt()))
                .toList();
        List<PersonalDataReport.Access> accesses = em.createNamedQuery("DataAccess.ofAccount", DataAccess.class)
                .setParameter("account", account)
                .getResultStream()
                .map(a -> new PersonalDataReport.Access(a.getKind().name(), a.getAccessedAt(),
                        a.getAgency() == null ? null : a.getAgency().getCode(), a.getStateBody(), a.getLetterNumber(),
                        a.getLetterDate(), a.getLegalBasis(), a.getDataGiven()))
                .toList();
        return new PersonalDataReport(clock.instant(),
                new PersonalDataReport.Account(account.getEmail(), account.getCreatedAt(), account.getEmailConfirmedAt(),
                        account.getPreferredLanguage()),
                view.profile(), view.totalService(), view.civilService(), files, searches, applications.of(account),
                accepted, accesses);
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * Erases the person: profile, documents, searches, tokens, mail and the address they signed in with
     * are gone, and applications to competitions still taking applications; applications to competitions
     * past their deadline stay under the Agency's retention rules; the consent records keep only which
     * revision was accepted and when; the account stays as an anonymous tombstone that cannot sign in.
     * The password is asked again: this cannot be undone.
     */
    public void erase(String password) {
        UserAccount account = applicants.account();
        if (password == null || !hasher.verify(password, account.getPasswordHash())) {
            throw new BusinessException("myData.erase.wrongPassword");
        }
        applications.eraseWithdrawable(account);
        records.eraseApplicantOf(account);
        tokens.deleteAll(account);
        mail.forget(account.getEmail());
        consents.withdrawAll(account);
        account.erase(clock.instant(), hasher.hash(UUID.randomUUID() + UUID.randomUUID().toString()));
    }
}
