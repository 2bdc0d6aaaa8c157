package kg.gov.kuzmat.audit;

import jakarta.ejb.EJB;
import jakarta.persistence.Column;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.ProfileView;
import kg.gov.kuzmat.platform.RecordedText;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.privacy.MyData;
import kg.gov.kuzmat.security.AccountAuthentication;
import kg.gov.kuzmat.selection.ApplicationConfirmations;
import kg.gov.kuzmat.selection.Applying;
import kg.gov.kuzmat.selection.CandidateFiles;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy 3.2 and 4: every audited action leaves an entry, with who and what, and entries cannot be changed. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private AuditSearch audit;

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private MyProfile myProfile;

    @EJB
    private MyData myData;

    @EJB
    private Applying applying;

    @EJB
    private CandidateFiles candidateFiles;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant person;

    @EJB
    private AsHrOfficer hr;

    @EJB
    private AsAdministrator administrator;

    private long account;

    @BeforeEach
    void aRegisteredPerson() throws Exception {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        registration.register(testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL), new ConsentContext("127.0.0.1", "IT"));
        testData.confirmEmail(CallingAs.REGISTERED_APPLICANT_EMAIL);
        account = testData.account(CallingAs.REGISTERED_APPLICANT_EMAIL).getId();
    }

    private List<AuditView.Entry> entriesAbout(AuditAction action) throws Exception {
        return administrator.call(() -> audit.search(CallingAs.REGISTERED_APPLICANT_EMAIL, action, null, null, 0)).entries().stream()
                .filter(e -> e.subjectAccountId() != null && e.subjectAccountId() == account).toList();
    }

    @Test
    void everyAuditedActionLeavesAnEntry() throws Exception {
        assertEquals(1, entriesAbout(AuditAction.PERSONAL_DATA_CHANGED).size(), "the registration");

        authentication.authenticate(CallingAs.REGISTERED_APPLICANT_EMAIL, "not the password");
        authentication.authenticate(CallingAs.REGISTERED_APPLICANT_EMAIL, TestData.STRONG_PASSWORD);
        assertEquals(RecordedText.write("auditDetail.signInWrongPassword"), entriesAbout(AuditAction.SIGN_IN_FAILED).get(0).detail());
        assertEquals(AuditTrail.SELF, entriesAbout(AuditAction.SIGN_IN).get(0).actor());

        ProfileView profile = person.call(() -> myProfile.view());
        person.call(() -> myProfile.save(profile.profile()));
        assertEquals(2, entriesAbout(AuditAction.PERSONAL_DATA_CHANGED).size());

        person.call(() -> myData.copy("JSON"));
        assertEquals(RecordedText.write("auditDetail.ownCopy", RecordedText.text("JSON")), entriesAbout(AuditAction.EXPORT).get(0).detail());

        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, testData.agency());
        long vacancy = testData.publishedVacancy(testData.account(CallingAs.HR_OFFICER_EMAIL).getAgency());
        long application = person.call(() -> applying.apply(vacancy, Set.of(), new ApplicationConfirmations(true, true, true))).id();
        hr.call(() -> candidateFiles.file(application));
        List<AuditView.Entry> reads = entriesAbout(AuditAction.FILE_READ);
        assertEquals(1, reads.size());
        assertEquals(CallingAs.HR_OFFICER_EMAIL, reads.get(0).actor(), "an officer is named");
        assertTrue(administrator.call(() -> audit.search(CallingAs.HR_OFFICER_EMAIL, AuditAction.FILE_READ, null, null, 0))
                .total() >= 1, "found by the actor as well");

        assertAccessDenied(() -> hr.call(() -> audit.search(null, null, null, null, 0)));
    }

    @Test
    void entriesHaveNoWayToBeChangedOrRemoved() throws Exception {
        for (Field field : AuditEntry.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                assertFalse(column.updatable(), field.getName() + " must not be updatable");
            }
        }
        for (Method method : AuditEntry.class.getDeclaredMethods()) {
            assertFalse(Modifier.isPublic(method.getModifiers()) && method.getName().startsWith("set"), method.getName());
        }
        List<String> searchOperations = Arrays.stream(AuditSearch.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).toList();
        assertEquals(List.of("search"), searchOperations, "administrators can only read the trail");
        List<String> trailOperations = Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).sorted().toList();
        assertEquals(List.of("record", "recordAs"), trailOperations, "the trail is only appended to");
    }
}
