package kg.gov.kuzmat.selection;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.applicant.ApplicantDocument;
import kg.gov.kuzmat.applicant.ApplicantRegistration;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.applicant.MyProfile;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.PortalMetrics;
import kg.gov.kuzmat.privacy.ConsentContext;
import kg.gov.kuzmat.privacy.MyData;
import kg.gov.kuzmat.privacy.PersonalDataReport;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsOtherHrOfficer;
import kg.gov.kuzmat.testing.AsRegisteredApplicant;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applying: the server's clock decides, one application per person and vacancy, and the file is a snapshot. */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    private static final ApplicationConfirmations ALL = new ApplicationConfirmations(true, true, true);
    private static final byte[] PDF = "%PDF-1.4\nдиплом\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private Applying applying;

    @EJB
    private PortalMetrics metrics;

    @EJB
    private CandidateFiles candidateFiles;

    @EJB
    private MyProfile myProfile;

    @EJB
    private MyDocuments myDocuments;

    @EJB
    private MyData myData;

    @EJB
    private ApplicantRegistration registration;

    @EJB
    private TestData testData;

    @EJB
    private AsRegisteredApplicant applicant;

    @EJB
    private AsHrOfficer hrOfficer;

    @EJB
    private AsOtherHrOfficer otherAgencysOfficer;

    @Inject
    private SentMails mails;

    private Agency agency;
    private long vacancy;

    @BeforeEach
    void setUp() {
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        registration.register(testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL), new ConsentContext("127.0.0.1", "IT"));
        testData.confirmEmail(CallingAs.REGISTERED_APPLICANT_EMAIL);
        agency = testData.agency();
        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, agency);
        testData.hrOfficer(CallingAs.OTHER_HR_OFFICER_EMAIL, testData.agency());
        vacancy = testData.publishedVacancy(agency);
    }

    private ApplicationView applyWith(Set<Long> documents) throws Exception {
        return applicant.call(() -> applying.apply(vacancy, documents, ALL));
    }

    @Test
    void anApplicationHasANumberATimelineCopiesOfTheDocumentsAndAReceipt() throws Exception {
        ApplicantDocument diploma = applicant.call(() -> myDocuments.upload(DocumentKind.DIPLOMA, "диплом.pdf", PDF));

        ApplicationView application = applyWith(Set.of(diploma.getId()));

        assertTrue(application.registrationNumber().matches("KZ-\\d{4}-\\d{7}"), application.registrationNumber());
        assertEquals(Stage.DOCUMENT_ACCEPTANCE, application.stage());
        assertEquals(List.of(ApplicationEvent.Kind.SUBMITTED), application.timeline().stream().map(ApplicationView.Step::kind).toList());
        assertEquals(1, application.documents().size());
        assertTrue(mails.to(CallingAs.REGISTERED_APPLICANT_EMAIL).stream()
                .anyMatch(mail -> mail.text().contains(application.registrationNumber())), "a receipt with the number");
        assertEquals(1, applicant.call(applying::mine).size());
    }

    @Test
    void whatTheCommissionSeesDoesNotChangeWhenTheProfileOrDocumentsDo() throws Exception {
        ApplicantDocument diploma = applicant.call(() -> myDocuments.upload(DocumentKind.DIPLOMA, "диплом.pdf", PDF));
        ApplicationView application = applyWith(Set.of(diploma.getId()));
        String surname = application.snapshot().profile().identity().surname();

        applicant.call(() -> {
            Profile loaded = myProfile.view().profile();
            Identity was = loaded.identity();
            return myProfile.save(new Profile(new Identity("Другая", was.givenName(), was.patronymic(), was.personalNumber(),
                    was.birthDate(), was.phone()), loaded.classRank(), loaded.education(), loaded.experience(),
                    loaded.languages(), loaded.version()));
        });
        applicant.call(() -> {
            myDocuments.delete(diploma.getId());
            return null;
        });

        ApplicationView file = hrOfficer.call(() -> candidateFiles.file(application.id()));
        assertEquals(surname, file.snapshot().profile().identity().surname());
        long copy = file.documents().get(0).id();
        assertArrayEquals(PDF, hrOfficer.call(() -> candidateFiles.document(application.id(), copy)).content());
    }

    @Test
    void twoApplicationsAtOnceStoreOne() throws Exception {
        long countedBefore = metrics.applicationsSubmitted();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> attempt = () -> {
            start.await();
            try {
                return applyWith(Set.of()).registrationNumber();
            } catch (BusinessException refused) {
                return refused.getMessageKey();
            }
        };
        List<Future<String>> results = new ArrayList<>(List.of(threads.submit(attempt), threads.submit(attempt)));
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> result : results) {
            answers.add(result.get());
        }
        threads.shutdown();

        assertEquals(1, answers.stream().filter(answer -> answer.startsWith("KZ-")).count(), answers.toString());
        assertEquals(1, answers.stream().filter(answer -> answer.equals("application.already")).count(), answers.toString());
        assertEquals(1, applicant.call(applying::mine).size());
        assertRefusedWith("application.already", () -> applyWith(Set.of()));
        assertEquals(countedBefore + 1, metrics.applicationsSubmitted(), "the metric counts the one application kept");
    }

    @Test
    void afterTheDeadlineOnTheServersClockApplyingIsRefused() {
        testData.moveDeadlineToYesterday(vacancy);

        assertRefusedWith("application.deadlinePassed", () -> applyWith(Set.of()));
    }

    @Test
    void withoutTheConfirmationsOrAConfirmedAddressApplyingIsRefused() throws Exception {
        assertRefusedWith("application.confirmationsRequired", () -> applicant.call(
                () -> applying.apply(vacancy, Set.of(), new ApplicationConfirmations(true, false, true))));
        testData.removeAccount(CallingAs.REGISTERED_APPLICANT_EMAIL);
        registration.register(testData.registration(CallingAs.REGISTERED_APPLICANT_EMAIL), new ConsentContext("127.0.0.1", "IT"));

        assertRefusedWith("application.confirmEmailFirst", () -> applyWith(Set.of()));
    }

    @Test
    void aWithdrawnApplicationStaysWithdrawn() throws Exception {
        ApplicationView application = applyWith(Set.of());

        applicant.call(() -> {
            applying.withdraw(application.id());
            return null;
        });

        ApplicationView withdrawn = applicant.call(applying::mine).get(0);
        assertEquals(Stage.WITHDRAWN, withdrawn.stage());
        assertEquals(ApplicationEvent.Kind.WITHDRAWN, withdrawn.timeline().get(1).kind());
        assertRefusedWith("application.notWithdrawable", () -> applicant.call(() -> {
            applying.withdraw(application.id());
            return null;
        }));
    }

    @Test
    void onlyTheVacancysAgencySeesTheCandidateAndEveryViewIsShownToTheCandidate() throws Exception {
        ApplicationView application = applyWith(Set.of());

        assertRefusedWith("vacancy.notFound", () -> otherAgencysOfficer.call(() -> candidateFiles.candidates(vacancy)));
        assertRefusedWith("application.notFound", () -> otherAgencysOfficer.call(() -> candidateFiles.file(application.id())));
        List<CandidateRow> candidates = hrOfficer.call(() -> candidateFiles.candidates(vacancy));
        assertEquals(1, candidates.size());
        assertTrue(candidates.get(0).fullName().startsWith("Осмонова Нурзат"));
        assertEquals(List.of(), applicant.call(myData::report).accesses(), "a list is not a view of the file");

        hrOfficer.call(() -> candidateFiles.file(application.id()));

        List<PersonalDataReport.Access> accesses = applicant.call(myData::report).accesses();
        assertEquals(1, accesses.size());
        assertEquals("HR_VIEW", accesses.get(0).kind());
        assertEquals(agency.getCode(), accesses.get(0).agency());
        assertEquals(1, applicant.call(myData::report).applications().size());
    }
}
