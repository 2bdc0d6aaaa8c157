package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator registers a body and invites its HR officer by e-mail; the officer sets their
 * password through the mailed link and signs in to the intranet of that body.
 */
class StaffIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    @Test
    void anAdministratorInvitesAnOfficerWhoSetsTheirPasswordAndSignsIn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        PortalPage staff = PortalPage.open(driver, base, "/admin/staff.xhtml")
                .type("agency:code", "it-" + suffix)
                .type("agency:name-ky", "Сынак айыл өкмөтү " + suffix)
                .type("agency:name-ru", "Тестовая айыл окмоту " + suffix)
                .type("agency:name-en", "Test rural authority " + suffix);
        new Select(driver.findElement(By.id("agency:type"))).selectByValue("MUNICIPAL");
        staff = staff.submit("agency:save-agency");
        assertTrue(staff.errors().isEmpty(), staff.errors().toString());

        String email = "it-officer-" + suffix + "@kuzmat.test";
        staff.type("invite:email", email);
        new Select(driver.findElement(By.id("invite:agency"))).selectByVisibleText("Сынак айыл өкмөтү " + suffix);
        new Select(driver.findElement(By.id("invite:language"))).selectByValue("ru");
        staff = staff.submit("invite:send-invitation");
        assertTrue(staff.errors().isEmpty(), staff.errors().toString());
        WebElement row = driver.findElements(By.cssSelector("[id='officers:officer-table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("Сынак айыл өкмөтү " + suffix), row.getText());
        staff.signOut();

        driver.get(Registrant.linkMailedTo(MAIL, email, "/reset-password.xhtml"));
        PortalPage set = new PortalPage(driver, base);
        set.heading();
        PortalPage login = set.type("reset:newPassword", Registrant.PASSWORD).submit("reset:submit");
        assertEquals("/login.xhtml", login.path().replaceAll("\\?.*", ""));
        // The mailed link names the portal's public address, which may differ from the test's: sign in at the latter.
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD);
        PortalPage intranet = PortalPage.open(driver, base, "/hr/");
        assertTrue(intranet.isSignedIn());
        assertEquals("/hr/", intranet.path());
        String officerSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.manage().deleteAllCookies();

        // Disabled while signed in: the officer's next request ends the session, with a page saying why.
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        staff = PortalPage.open(driver, base, "/admin/staff.xhtml");
        int officerRow = officerRow(email);
        staff = staff.submit("officers:officer-table:" + officerRow + ":disable");
        assertTrue(staff.errors().isEmpty(), staff.errors().toString());
        assertTrue(driver.findElement(By.id("officers:officer-table:" + officerRow + ":enable")).isDisplayed(), "shown as disabled");
        HttpResponse<String> next = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                base.toString().replaceAll("/$", "") + "/hr/")).header("Cookie", "JSESSIONID=" + officerSession).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, next.statusCode(), "the disabled officer's session ends, without a server error");
        assertTrue(next.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?notice=sessionEnded"));
        staff = staff.submit("officers:officer-table:" + officerRow + ":enable");
        assertTrue(driver.findElement(By.id("officers:officer-table:" + officerRow + ":disable")).isDisplayed(), "enabled again");
    }

    @Test
    void anAdministratorResendsAnInvitationMovesTheOfficerAndEditsDeactivatesAndActivatesABody() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        // Codes that sort first keep the bodies on the first page of the list.
        String first = "0" + suffix + "-a";
        String second = "0" + suffix + "-b";
        PortalPage staff = PortalPage.open(driver, base, "/admin/staff.xhtml");
        for (String code : List.of(first, second)) {
            staff = staff.type("agency:code", code).type("agency:name-ky", "Орган " + code).type("agency:name-ru", "Орган " + code)
                    .type("agency:name-en", "Body " + code).submit("agency:save-agency");
            assertTrue(staff.errors().isEmpty(), staff.errors().toString());
        }
        String email = "it-officer-" + suffix + "@kuzmat.test";
        staff.type("invite:email", email);
        new Select(driver.findElement(By.id("invite:agency"))).selectByVisibleText("Орган " + first);
        staff = staff.submit("invite:send-invitation");
        Registrant.linkMailedTo(MAIL, email, "/reset-password.xhtml");

        staff = staff.submit("officers:officer-table:" + officerRow(email) + ":resend");
        assertEquals(1, staff.infos().size(), "the page says the invitation went again");
        staff.await().until(d -> MAIL.getReceivedMessagesForDomain(email).length == 2);

        int officer = officerRow(email);
        new Select(driver.findElement(By.id("officers:officer-table:" + officer + ":move-to"))).selectByVisibleText("Орган " + second);
        staff = staff.submit("officers:officer-table:" + officer + ":move");
        assertTrue(staff.errors().isEmpty(), staff.errors().toString());
        assertTrue(driver.findElements(By.cssSelector("[id='officers:officer-table'] tbody tr")).get(officerRow(email)).getText()
                .contains("Орган " + second), "the officer now works for the other body");

        staff = staff.submit("agencies:agency-table:" + agencyRow(first) + ":edit-agency");
        assertEquals("Орган " + first, driver.findElement(By.id("agency:name-ru")).getAttribute("value"), "the form holds the body");
        staff = staff.submit("agency:cancel-agency");
        assertEquals("", driver.findElement(By.id("agency:name-ru")).getAttribute("value"), "cancelled: the form is empty again");
        assertTrue(driver.findElements(By.id("agency:cancel-agency")).isEmpty());

        staff = staff.submit("agencies:agency-table:" + agencyRow(first) + ":edit-agency")
                .type("agency:name-ky", "Өзгөртүлгөн орган " + first).submit("agency:save-agency");
        assertTrue(staff.errors().isEmpty(), staff.errors().toString());
        int body = agencyRow(first);
        assertTrue(agencyRowText(body).contains("Өзгөртүлгөн орган " + first), agencyRowText(body));

        staff = staff.submit("agencies:agency-table:" + body + ":deactivate");
        assertTrue(staff.errors().isEmpty(), staff.errors().toString());
        assertTrue(driver.findElement(By.id("agencies:agency-table:" + body + ":activate")).isDisplayed(), "shown as inactive");
        staff = staff.submit("agencies:agency-table:" + body + ":activate");
        assertTrue(driver.findElement(By.id("agencies:agency-table:" + body + ":deactivate")).isDisplayed(), "active again");
    }

    private int agencyRow(String code) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='agencies:agency-table'] tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElements(By.tagName("td")).get(0).getText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("No body " + code + " on the list's first page");
    }

    private String agencyRowText(int row) {
        return driver.findElements(By.cssSelector("[id='agencies:agency-table'] tbody tr")).get(row).getText();
    }

    private int officerRow(String email) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='officers:officer-table'] tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(email)) {
                return i;
            }
        }
        throw new AssertionError("No officer " + email);
    }
}
