package kg.gov.kuzmat.vacancy;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsOtherHrOfficer;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An HR officer drafts and publishes a vacancy of their agency; the public catalogue shows it. */
@ExtendWith(ArquillianExtension.class)
class VacancyPublicationIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private TestData testData;

    @EJB
    private VacancyDrafting drafting;

    @EJB
    private VacancyCatalogue catalogue;

    @EJB
    private AsHrOfficer hrOfficer;

    @EJB
    private AsOtherHrOfficer otherHrOfficer;

    private Agency agency;

    @BeforeEach
    void officersOfTwoAgencies() {
        agency = testData.agency();
        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, agency);
        testData.hrOfficer(CallingAs.OTHER_HR_OFFICER_EMAIL, testData.agency());
    }

    private static VacancyDraft draft(String title, LocalDate deadline) {
        return new VacancyDraft(title, "Ведение реестра", "Высшее юридическое образование", PositionGroup.SENIOR,
                28000, 34000, Region.TALAS, deadline);
    }

    @Test
    void aPublishedVacancyAppearsFirstInTheCatalogueAndADraftNever() throws Exception {
        String title = TestData.unique("Ведущий специалист");
        long publishedBefore = catalogue.countPublished();

        Vacancy created = hrOfficer.call(() -> drafting.createDraft(draft(title, LocalDate.now().plusDays(20))));
        assertEquals(VacancyStatus.DRAFT, created.getStatus());
        assertEquals(agency.getCode(), created.getAgency().getCode(), "drafted for the officer's own agency");
        assertFalse(titles(catalogue.findPublished(0, 100)).contains(title), "a draft is not public");

        Vacancy published = hrOfficer.call(() -> drafting.publish(created.getId()));
        assertEquals(VacancyStatus.PUBLISHED, published.getStatus());
        assertEquals(publishedBefore + 1, catalogue.countPublished());
        VacancySummary newest = catalogue.findPublished(0, 1).get(0);
        assertEquals(title, newest.title(), "published today, so first in the newest-first list");
        assertEquals(agency.getName(), newest.agencyName());
    }

    @Test
    void anOfficerOfAnotherAgencyCannotPublishTheVacancy() throws Exception {
        Vacancy created = hrOfficer.call(() -> drafting.createDraft(draft("Специалист", LocalDate.now().plusDays(20))));

        assertRefusedWith("vacancy.notFound", () -> otherHrOfficer.call(() -> drafting.publish(created.getId())));
        assertRefusedWith("vacancy.publish.notDraft", () -> hrOfficer.call(() -> {
            drafting.publish(created.getId());
            return drafting.publish(created.getId());
        }));
    }

    @Test
    void aDeadlineShorterThanTheMinimumPublicationPeriodIsRefused() throws Exception {
        Vacancy created = hrOfficer.call(() -> drafting.createDraft(draft("Специалист", LocalDate.now().plusDays(3))));

        assertRefusedWith("vacancy.publish.deadlineTooSoon", () -> hrOfficer.call(() -> drafting.publish(created.getId())));
    }

    @Test
    void aSalaryMinimumAboveTheMaximumIsRefused() {
        VacancyDraft inverted = new VacancyDraft("Специалист", "Обязанности", "Требования", PositionGroup.JUNIOR,
                40000, 30000, Region.TALAS, LocalDate.now().plusDays(20));

        assertRefusedWith("vacancy.salary.minAboveMax", () -> hrOfficer.call(() -> drafting.createDraft(inverted)));
    }

    @Test
    void theCataloguePagesInTheDatabaseWithoutRepeatingRows() {
        List<VacancySummary> firstPage = catalogue.findPublished(0, 5);
        List<VacancySummary> secondPage = catalogue.findPublished(5, 5);

        assertEquals(5, firstPage.size(), "the demo data alone publishes thirty vacancies");
        assertTrue(firstPage.stream().noneMatch(secondPage::contains));
    }

    private static List<String> titles(List<VacancySummary> summaries) {
        return summaries.stream().map(VacancySummary::title).toList();
    }
}
