package kg.gov.kuzmat.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditSearch;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.CallingAs;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrators invite HR officers, move them between agencies and disable them; each change counts at once. */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private StaffAdministration staff;

    @EJB
    private AgencyDirectory agencies;

    @EJB
    private AccountRecovery recovery;

    @EJB
    private AccountAuthentication authentication;

    @EJB
    private Competitions competitions;

    @EJB
    private AuditSearch audit;

    @EJB
    private TestData testData;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsHrOfficer hr;

    @Inject
    private SentMails mails;

    @Test
    void anInvitedOfficerSetsTheirPasswordThroughTheMailedLinkAndSignsIn() throws Exception {
        Agency agency = testData.agency();
        String email = TestData.unique("it-invited") + "@kuzmat.test";
        long officer = administrator.call(() -> staff.invite(email, agency.getId(), "ru"));
        assertFalse(authentication.authenticate(email, "anything at all").succeeded(), "no password works before the link");
        assertTrue(administrator.call(() -> staff.officers()).stream().anyMatch(o -> o.id() == officer && !o.passwordSet()));

        String token = mails.newestToken(email, "/reset-password.xhtml").orElseThrow();
        recovery.resetPassword(token, TestData.STRONG_PASSWORD);
        SignInResult signedIn = authentication.authenticate(email, TestData.STRONG_PASSWORD);
        assertTrue(signedIn.succeeded());
        assertRefusedWith("token.invalid", () -> recovery.resetPassword(token, TestData.STRONG_PASSWORD + "!"));
        assertTrue(administrator.call(() -> staff.officers()).stream().anyMatch(o -> o.id() == officer && o.passwordSet()));
        assertRefusedWith("staff.emailTaken", () -> administrator.call(() -> staff.invite(email, agency.getId(), "ru")));
        assertTrue(administrator.call(() -> audit.search(email, AuditAction.ROLE_CHANGED, null, null, 0)).total() >= 1);

        assertAccessDenied(() -> hr.call(() -> staff.invite("someone@kuzmat.test", agency.getId(), "ru")));
        Agency closed = testData.agency();
        administrator.call(() -> agencies.activate(closed.getId(), false));
        assertRefusedWith("staff.agencyInactive", () -> administrator.call(() ->
                staff.invite(TestData.unique("it-closed") + "@kuzmat.test", closed.getId(), "ky")));
        assertRefusedWith("staff.emailInvalid", () -> administrator.call(() -> staff.invite("not an address", agency.getId(), "ky")));
    }

    @Test
    void movingOrDisablingAnOfficerTakesEffectAtOnce() throws Exception {
        Agency first = testData.agency();
        Agency second = testData.agency();
        testData.hrOfficer(CallingAs.HR_OFFICER_EMAIL, first);
        long officer = testData.account(CallingAs.HR_OFFICER_EMAIL).getId();
        long firstVacancy = testData.publishedVacancy(first);
        long secondVacancy = testData.publishedVacancy(second);
        hr.call(() -> competitions.view(firstVacancy));

        administrator.call(() -> {
            staff.moveTo(officer, second.getId());
            return null;
        });
        assertRefusedWith("vacancy.notFound", () -> hr.call(() -> competitions.view(firstVacancy)));
        assertEquals(secondVacancy, hr.call(() -> competitions.view(secondVacancy)).vacancyId());
        assertEquals(1, administrator.call(() -> audit.search(CallingAs.HR_OFFICER_EMAIL, AuditAction.AGENCY_CHANGED, null, null, 0))
                .total());

        administrator.call(() -> {
            staff.enable(officer, false);
            return null;
        });
        assertRefusedWith("security.notAgencyOfficer", () -> hr.call(() -> competitions.view(secondVacancy)));
        administrator.call(() -> {
            staff.enable(officer, true);
            return null;
        });
        assertEquals(secondVacancy, hr.call(() -> competitions.view(secondVacancy)).vacancyId());
    }
}
