package kg.gov.kuzmat.applicant;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsOtherRegisteredApplicant;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile and documents belong to their owner: kept whole, checked, and shown to nobody else. */
@ExtendWith(ArquillianExtension.class)
class ApplicantProfileIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private MyProfile myProfile;

    @EJB
    private MyDocuments myDocuments;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant owner;

    @EJB
    private AsOtherRegisteredApplicant stranger;

    @EJB
    private AsHrOfficer hrOfficer;

    @BeforeEach
    void registerBoth() {
        for (String email : List.of(CallingAs.REGISTERED_APPLICANT_EMAIL, CallingAs.OTHER_REGISTERED_APPLICANT_EMAIL)) {
            testData.removeAccount(email);
            registration.register(testData.registration(email), new ConsentContext("127.0.0.1", "IT"));
        }
    }

    @Test
    void theWholeProfileIsSavedAndReadBackWithTheServiceLengthsWorkedOut() throws Exception {
        ProfileView before = owner.call(myProfile::view);
        Profile edited = new Profile(before.profile().identity(), "Советник государственной службы 3 класса",
                List.of(new Education("КНУ им. Ж. Баласагына", "Юриспруденция", EducationLevel.HIGHER_MASTER, 2005, 2010)),
                List.of(new WorkPeriod("Министерство юстиции", "Ведущий специалист", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), true),
                        new WorkPeriod("ОсОО «Тест»", "Юрист", LocalDate.of(2011, 1, 1), LocalDate.of(2014, 12, 31), false)),
                List.of(new LanguageSkill("Кыргызский", LanguageLevel.C1), new LanguageSkill("Русский", LanguageLevel.C2)),
                before.profile().version());

        ProfileView saved = owner.call(() -> myProfile.save(edited));

        ProfileView read = owner.call(myProfile::view);
        assertEquals("Советник государственной службы 3 класса", read.profile().classRank());
        assertEquals("КНУ им. Ж. Баласагына", read.profile().education().get(0).getInstitution());
        assertEquals(List.of("Министерство юстиции", "ОсОО «Тест»"),
                read.profile().experience().stream().map(WorkPeriod::getEmployer).toList(), "order kept");
        assertEquals(LanguageLevel.C2, read.profile().languages().get(1).getLevel());
        assertEquals(new ServiceLength(9, 0, 0), read.totalService());
        assertEquals(new ServiceLength(5, 0, 0), read.civilService());
        assertEquals(saved.profile().version(), read.profile().version());
        assertTrue(read.profile().version() > before.profile().version());
    }

    @Test
    void aSaveOverANewerVersionIsRefusedAndAJobEndingBeforeItStartsToo() throws Exception {
        Profile loaded = owner.call(myProfile::view).profile();
        owner.call(() -> myProfile.save(loaded));

        assertRefusedWith("profile.changedMeanwhile", () -> owner.call(() -> myProfile.save(loaded)));
        Profile current = owner.call(myProfile::view).profile();
        Profile backwards = new Profile(current.identity(), null, List.of(),
                List.of(new WorkPeriod("X", "Y", LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 1), false)), List.of(),
                current.version());
        assertRefusedWith("profile.experience.endBeforeStart", () -> owner.call(() -> myProfile.save(backwards)));
        assertEquals(List.of(), owner.call(myProfile::view).profile().experience(), "nothing half-written");
    }

    @Test
    void aDocumentIsCheckedByItsBytesAndOnlyItsOwnerCanDownloadIt() throws Exception {
        ApplicantDocument diploma = owner.call(() -> myDocuments.upload(DocumentKind.DIPLOMA, "диплом.pdf", PDF));

        assertArrayEquals(PDF, owner.call(() -> myDocuments.download(diploma.getId())).content());
        assertEquals("application/pdf", diploma.getContentType());
        assertRefusedWith("document.typeRefused", () -> owner.call(() -> myDocuments.upload(DocumentKind.CV, "cv.pdf", EXE)));
        byte[] tooLarge = Arrays.copyOf(PDF, MyDocuments.MAX_BYTES + 1);
        assertRefusedWith("document.tooLarge", () -> owner.call(() -> myDocuments.upload(DocumentKind.CV, "big.pdf", tooLarge)));
        assertEquals(1, owner.call(myDocuments::list).size());

        assertRefusedWith("document.notFound", () -> stranger.call(() -> myDocuments.download(diploma.getId())));
        assertRefusedWith("document.notFound", () -> stranger.call(() -> {
            myDocuments.delete(diploma.getId());
            return null;
        }));
        assertAccessDenied(() -> hrOfficer.call(() -> myDocuments.download(diploma.getId())));
        assertAccessDenied(() -> myDocuments.list());

        owner.call(() -> {
            myDocuments.delete(diploma.getId());
            return null;
        });
        assertEquals(List.of(), owner.call(myDocuments::list));
    }
}
