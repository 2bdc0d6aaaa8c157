package kg.gov.kuzmat.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.applicant.Applicant;
import kg.gov.kuzmat.applicant.ApplicantRecords;
import kg.gov.kuzmat.applicant.CallerApplicant;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.ProfileView;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.selection.ApplicationsOfAccount;
import kg.gov.kuzmat.vacancy.VacancySearch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything held about one person, gathered once for the two who may read it: the person themselves
 * ("My data") and, in the categories a registered letter asks for, the disclosure register. Callers
 * check who is asking.
 */
@Dependent
public class PersonalDataReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerApplicant applicants;

    @Inject
    private ConsentLedger consents;

    @Inject
    private ApplicantRecords records;

    @Inject
    private ApplicationsOfAccount applications;

    @Inject
    private Clock clock;

    PersonalDataReport of(UserAccount account) {
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
}
