package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applicant applies in the browser; the HR officer of the vacancy's agency finds the candidate and
 * opens the file; the applicant sees the application's timeline and, in "My data", that file view, and
 * then withdraws the application after answering the portal's question.
 */
class ApplicationIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "Demo-2026!";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    @Test
    void applyThenTheAgencyOpensTheFileAndTheApplicantSeesThatItDid() throws Exception {
        String email = Registrant.registerConfirmed(driver, base, MAIL);

        Path pdf = Registrant.uploadCv(driver, base);

        String vacancyId = Registrant.vacanciesOpenToEveryone(driver, base, "minjust").get(0);
        PortalPage.open(driver, base, "/account/").switchLanguageTo("ru");
        PortalPage form = PortalPage.open(driver, base, "/account/apply.xhtml?vacancy=" + vacancyId);
        PortalPage refused = form.submit("apply:submit");
        assertEquals(1, refused.errors().size(), "not without the three confirmations");
        PortalPage applied = Registrant.confirmAndSubmit(driver, refused, true);
        assertEquals(List.of(), applied.errors(), "the application is taken");

        assertEquals("/account/applications.xhtml", applied.path().replaceAll("\\?.*", ""));
        String number = applied.textOf("application-submitted").replaceAll(".*(KZ-\\d{4}-\\d{7}).*", "$1");
        assertTrue(number.startsWith("KZ-"), applied.textOf("application-submitted"));
        assertEquals(number, driver.findElement(By.cssSelector(".application-number")).getText());
        String receipt = Registrant.mailTo(MAIL, email, number);
        assertTrue(receipt.contains("принята"), "the receipt comes in the language the person last used: " + receipt);
        applied.switchLanguageTo("ky");
        applied.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", DEMO_PASSWORD);
        PortalPage candidates = PortalPage.open(driver, base, "/hr/candidates.xhtml?vacancy=" + vacancyId);
        driver.findElements(By.cssSelector(".candidate-link")).stream()
                .filter(link -> link.getText().equals(number)).findFirst().orElseThrow().click();
        candidates.await().until(d -> d.getCurrentUrl().contains("candidate.xhtml"));
        PortalPage file = new PortalPage(driver, base);
        assertTrue(file.textOf("candidate-identity").contains("Осмонов"), file.textOf("candidate-identity"));
        HttpResponse<byte[]> copy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        driver.findElement(By.cssSelector(".candidate-document")).getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, copy.statusCode(), "the agency downloads the copy submitted with the application");
        assertArrayEquals(Files.readAllBytes(pdf), copy.body());
        file.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD).acceptPolicyIfAsked();
        PortalPage myData = PortalPage.open(driver, base, "/account/my-data.xhtml");
        assertTrue(myData.textOf("my-accesses").contains("minjust"), "the agency's view of the file is shown");

        PortalPage applications = PortalPage.open(driver, base, "/account/applications.xhtml");
        driver.findElement(By.id("applications:entries:0:withdraw")).click();
        applications.await().until(ExpectedConditions.alertIsPresent()).dismiss();
        assertEquals("Конкурска катышууда", driver.findElement(By.cssSelector(".application-outcome")).getText(),
                "answering no to the question keeps the application");
        applications = applications.submitConfirmed("applications:entries:0:withdraw");
        assertEquals("Арыз кайтарылып алынды.", applications.infos().get(0));
        assertEquals("Кайтарылып алынды", driver.findElement(By.cssSelector(".application-stage")).getText());
        assertTrue(driver.findElements(By.id("applications:entries:0:withdraw")).isEmpty(), "nothing left to withdraw");
    }
}
