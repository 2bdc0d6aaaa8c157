package kg.gov.kuzmat.security;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.administration.AdministrationOverview;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsApplicant;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.AsHrRoleWithoutAccount;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import kg.gov.kuzmat.vacancy.SampleContent;
import kg.gov.kuzmat.vacancy.VacancyContent;
import kg.gov.kuzmat.vacancy.VacancyDrafting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EJBs themselves refuse callers without the right role, whatever a page offered them. */
@ExtendWith(ArquillianExtension.class)
class ServiceAuthorizationIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private AgencyDirectory directory;

    @EJB
    private VacancyDrafting drafting;

    @EJB
    private AdministrationOverview administration;

    @EJB
    private MyAccount myAccount;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsApplicant applicant;

    @EJB
    private AsHrOfficer hrOfficer;

    @EJB
    private AsHrRoleWithoutAccount hrRoleOnly;

    private static Agency newAgency() {
        String code = TestData.unique("it");
        return new Agency(code, new LocalizedName("Орган " + code, "Орган " + code, "Agency " + code),
                AgencyType.MUNICIPAL, Region.BATKEN);
    }

    private static VacancyContent draft() {
        return SampleContent.withTitleAndDeadline("Главный специалист", LocalDate.now().plusDays(30));
    }

    @Test
    void anUnauthenticatedCallerIsRefusedEveryProtectedService() {
        assertAccessDenied(() -> directory.register(newAgency()));
        assertAccessDenied(() -> drafting.createDraft(draft()));
        assertAccessDenied(() -> administration.figures());
        assertAccessDenied(() -> myAccount.overview());
    }

    @Test
    void anApplicantCanNeitherRegisterAgenciesNorDraftVacanciesNorSeeAdministration() {
        assertAccessDenied(() -> applicant.call(() -> directory.register(newAgency())));
        assertAccessDenied(() -> applicant.call(() -> drafting.createDraft(draft())));
        assertAccessDenied(() -> applicant.call(() -> administration.figures()));
    }

    @Test
    void anHrOfficerCannotUseAdministrationServices() {
        assertAccessDenied(() -> hrOfficer.call(() -> administration.figures()));
        assertAccessDenied(() -> hrOfficer.call(() -> directory.register(newAgency())));
    }

    @Test
    void anAdministratorCannotDraftVacancies() {
        assertAccessDenied(() -> administrator.call(() -> drafting.createDraft(draft())));
    }

    @Test
    void theHrRoleWithoutAnHrAccountOfAnAgencyIsNotEnoughToDraft() {
        // The role check passes; the agency check in the service finds no account behind the caller.
        assertRefusedWith("security.notAgencyOfficer", () -> hrRoleOnly.call(() -> drafting.createDraft(draft())));
    }

    @Test
    void anAdministratorRegistersAnAgencyThatEveryoneCanRead() throws Exception {
        Agency agency = newAgency();
        administrator.call(() -> directory.register(agency));

        assertTrue(directory.findByCode(agency.getCode()).isPresent(), "anonymous readers see the directory");
        assertRefusedWith("agency.register.codeTaken", () -> administrator.call(() -> directory.register(
                new Agency(agency.getCode(), agency.getName(), AgencyType.STATE, Region.OSH))));
        long agencies = administrator.call(() -> administration.figures()).agencies();
        assertEquals(directory.findAll().size(), agencies);
    }
}
