package kg.gov.kuzmat.privacy;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.selection.ApplicationConfirmations;
import kg.gov.kuzmat.selection.Applying;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Policy 3.4: a person's data leaves only under a registered official request, exactly as asked, and recorded. */
@ExtendWith(ArquillianExtension.class)
class DisclosureRegisterIT {

    private static final byte[] LETTER = "%PDF-1.4\n% the scanned letter\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private DisclosureRegister register;

    @EJB
    private MyData myData;

    @EJB
    private Applying applying;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private TestData testData;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsHrOfficer hr;

    @EJB
    private AsRegisteredApplicant person;

    private String personalNumber;

    @BeforeEach
    void aPersonWhoApplied() throws Exception {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        registration.register(testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL), new ConsentContext("127.0.0.1", "IT"));
        testData.confirmEmail(CallingAs.REGISTERED_APPLICANT_EMAIL);
        personalNumber = testData.applicant(testData.account(CallingAs.REGISTERED_APPLICANT_EMAIL).getId())
                .orElseThrow().getPersonalNumber();
        long vacancy = testData.publishedVacancy(testData.agency());
        person.call(() -> applying.apply(vacancy, Set.of(), new ApplicationConfirmations(true, true, true)));
    }

    private DisclosureDraft letterFor(String number, Set<DisclosedCategory> asked) {
        return new DisclosureDraft("Генеральная прокуратура Кыргызской Республики", "12-3/456", LocalDate.now().minusDays(2),
                "Закон «О прокуратуре», ст. 7", number, asked);
    }

    @Test
    void nothingLeavesWithoutARegisteredRequestAndItsLetter() throws Exception {
        assertRefusedWith("disclosure.notFound", () -> administrator.call(() -> register.export(Long.MAX_VALUE)));
        Set<DisclosedCategory> identity = EnumSet.of(DisclosedCategory.IDENTITY);
        assertRefusedWith("disclosure.letterRequired", () -> administrator.call(() ->
                register.register(letterFor(personalNumber, identity), "letter.pdf", new byte[0])));
        assertRefusedWith("document.typeRefused", () -> administrator.call(() ->
                register.register(letterFor(personalNumber, identity), "letter.pdf", "not a scan".getBytes(StandardCharsets.UTF_8))));
        assertRefusedWith("disclosure.noSuchPerson", () -> administrator.call(() ->
                register.register(letterFor("21212199912345", identity), "letter.pdf", LETTER)));
        assertRefusedWith("disclosure.nothingRequested", () -> administrator.call(() ->
                register.register(letterFor(personalNumber, Set.of()), "letter.pdf", LETTER)));
        assertRefusedWith("disclosure.incomplete", () -> administrator.call(() -> register.register(new DisclosureDraft(
                "Прокуратура", " ", LocalDate.now(), "ст. 7", personalNumber, identity), "letter.pdf", LETTER)));
        assertRefusedWith("disclosure.letterDateInFuture", () -> administrator.call(() -> register.register(new DisclosureDraft(
                "Прокуратура", "1", LocalDate.now().plusDays(3), "ст. 7", personalNumber, identity), "letter.pdf", LETTER)));

        assertAccessDenied(() -> hr.call(() -> register.register(letterFor(personalNumber, identity), "letter.pdf", LETTER)));
        assertAccessDenied(() -> hr.call(() -> register.export(1L)));
        assertAccessDenied(() -> person.call(() -> register.requests()));
    }

    @Test
    void theExportHoldsExactlyWhatTheLetterAsksAndThePersonSeesTheDisclosure() throws Exception {
        long request = administrator.call(() -> register.register(
                letterFor(personalNumber, EnumSet.of(DisclosedCategory.IDENTITY, DisclosedCategory.APPLICATIONS)),
                "C:\\scans\\letter 12-3.pdf", LETTER));
        DisclosureRow row = administrator.call(() -> register.requests()).stream().filter(r -> r.id() == request)
                .findFirst().orElseThrow();
        assertEquals("letter 12-3.pdf", row.letterFileName());
        assertEquals(List.of(), row.exports());
        assertEquals("application/pdf", administrator.call(() -> register.letter(request)).contentType());

        DisclosedData data = administrator.call(() -> register.export(request));
        assertEquals(personalNumber, data.person().personalNumber());
        assertEquals(1, data.applications().size());
        assertNull(data.contacts(), "contacts were not asked for");
        assertNull(data.profile());
        assertNull(data.documents());

        List<PersonalDataReport.Access> seen = person.call(() -> myData.report()).accesses().stream()
                .filter(a -> a.kind().equals("DISCLOSURE")).toList();
        assertEquals(1, seen.size());
        assertEquals("Генеральная прокуратура Кыргызской Республики", seen.get(0).stateBody());
        assertEquals("12-3/456", seen.get(0).letterNumber());
        assertEquals("APPLICATIONS,IDENTITY", seen.get(0).dataGiven());

        administrator.call(() -> register.export(request));
        DisclosureRow exported = administrator.call(() -> register.requests()).stream().filter(r -> r.id() == request)
                .findFirst().orElseThrow();
        assertEquals(2, exported.exports().size(), "every export is recorded");
        assertNotNull(exported.exports().get(0).exportedBy());
        assertEquals(1, person.call(() -> myData.report()).accesses().stream().filter(a -> a.kind().equals("DISCLOSURE")).count(),
                "one disclosure for one letter");
    }
}
