package kg.gov.kuzmat.privacy;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.Education;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.LanguageSkill;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.Registration;
import kg.gov.kuzmat.applicant.WorkPeriod;
import kg.gov.kuzmat.security.AccountAuthentication;
import kg.gov.kuzmat.security.SignInResult;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "My data": everything held is shown, and erasure needs the password, ends the account and frees its address. */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private MyData myData;

    @EJB
    private MyProfile myProfile;

    @EJB
    private MyDocuments myDocuments;

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant applicant;

    @EJB
    private AsHrOfficer hrOfficer;

    /** Values that occur nowhere else, so that finding one anywhere means it was left behind. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String surname = "Эрасова" + marker;
    private final String givenName = "Айжан" + marker;
    private final String phone = "+996 " + marker.chars().map(c -> '0' + c % 10).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append);
    private final String ipAddress = "192.0.2." + (marker.hashCode() & 0x7F);
    private final String userAgent = "Browser/" + marker;
    private final String institution = "Университет " + marker;
    private final String employer = "Работодатель " + marker;
    private final String fileName = "диплом-" + marker + ".pdf";
    private final byte[] pdf = ("%PDF-1.4\n" + marker + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private Registration registerDistinctApplicant() {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        Registration usual = testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL);
        Identity identity = new Identity(surname, givenName, "Кызы", usual.identity().personalNumber(),
                usual.identity().birthDate(), phone);
        Registration distinct = new Registration(usual.email(), usual.password(), identity, usual.policyVersion(), true, "ky");
        registration.register(distinct, new ConsentContext(ipAddress, userAgent));
        return distinct;
    }

    private void fillProfileAndUpload() throws Exception {
        applicant.call(() -> {
            Profile loaded = myProfile.view().profile();
            return myProfile.save(new Profile(loaded.identity(), "Rank " + marker,
                    List.of(new Education(institution, "Право", EducationLevel.HIGHER_BACHELOR, 2001, 2005)),
                    List.of(new WorkPeriod(employer, "Юрист", LocalDate.of(2006, 1, 1), null, true)),
                    List.of(new LanguageSkill("Язык " + marker, LanguageLevel.B2)), loaded.version()));
        });
        applicant.call(() -> myDocuments.upload(DocumentKind.DIPLOMA, fileName, pdf));
    }

    @Test
    void theReportHoldsTheAccountProfileDocumentsAndConsents() throws Exception {
        Registration registered = registerDistinctApplicant();
        fillProfileAndUpload();

        PersonalDataReport report = applicant.call(myData::report);

        assertEquals(CallingAs.REGISTERED_APPLICANT_EMAIL, report.account().email());
        assertEquals(surname, report.profile().identity().surname());
        assertEquals(registered.identity().personalNumber(), report.profile().identity().personalNumber());
        assertEquals(institution, report.profile().education().get(0).getInstitution());
        assertEquals(fileName, report.documents().get(0).fileName());
        assertEquals(1, report.consents().size());
        assertEquals(ipAddress, report.consents().get(0).ipAddress());
        assertEquals(userAgent, report.consents().get(0).userAgent());
        assertEquals(List.of(), report.accesses());
        assertNotNull(report.generatedAt());
    }

    @Test
    void erasureNeedsThePasswordEndsTheAccountAndFreesItsAddress() throws Exception {
        // What erasure leaves in the database is read, table by table, by EveryTraceOfAPersonIT.
        Registration registered = registerDistinctApplicant();
        fillProfileAndUpload();

        assertRefusedWith("myData.erase.wrongPassword", () -> applicant.call(() -> {
            myData.erase("not the password");
            return null;
        }));
        assertTrue(testData.accountExists(CallingAs.REGISTERED_APPLICANT_EMAIL), "a wrong password erases nothing");
        assertAccessDenied(() -> hrOfficer.call(() -> {
            myData.erase(TestData.STRONG_PASSWORD);
            return null;
        }));

        applicant.call(() -> {
            myData.erase(TestData.STRONG_PASSWORD);
            return null;
        });

        assertFalse(testData.accountExists(CallingAs.REGISTERED_APPLICANT_EMAIL));
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                authentication.authenticate(CallingAs.REGISTERED_APPLICANT_EMAIL, TestData.STRONG_PASSWORD).outcome());
        assertNull(testData.applicantByPin(registered.identity().personalNumber()));
        Registration again = testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL);
        registration.register(again, new ConsentContext("127.0.0.1", "IT"));
        assertTrue(testData.accountExists(CallingAs.REGISTERED_APPLICANT_EMAIL), "the address is free to register anew");
    }
}
