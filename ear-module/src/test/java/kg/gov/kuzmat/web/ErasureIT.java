package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import kg.gov.kuzmat.testing.AssembledPortal;
import kg.gov.kuzmat.testing.TestFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasure as a person does it, through the pages: register, fill the profile, upload a document, save a
 * search, write to the administrators, apply, erase the account in "My data" — and then every row of
 * every table of the database is read for the person's values, which must be nowhere (the competition
 * still takes applications, so the application goes too).
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @Deployment(name = "fixtures", order = 2, testable = false)
    static WebArchive fixtures() {
        return TestFixtures.war();
    }

    @ArquillianResource
    @OperateOnDeployment("portal")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("fixtures")
    private URL fixtures;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void afterErasureInTheBrowserNoTableHoldsAnythingOfThePerson() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String email = Registrant.newAddress();
        String surname = "Унутулган" + run;
        PortalPage form = Registrant.fill(PortalPage.open(driver, base, "/register.xhtml"), email, Registrant.PASSWORD)
                .type("registration:surname", surname);
        String pin = driver.findElement(By.id("registration:personalNumber")).getAttribute("value");
        form.tick("registration:policyAccepted");
        assertTrue(form.submit("registration:submit").errors().isEmpty());
        driver.get(Registrant.linkMailedTo(MAIL, email, "/confirm-email.xhtml"));
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD).acceptPolicyIfAsked();

        String fileName = "CV_" + run + ".pdf";
        Registrant.uploadCv(driver, base, fileName);
        String searchName = "Издөө " + run;
        PortalPage.open(driver, base, "/?region=BISHKEK");
        driver.findElement(By.id("save-search")).click();
        new PortalPage(driver, base).await().until(d -> d.getCurrentUrl().contains("save-search.xhtml"));
        assertTrue(new PortalPage(driver, base).type("save:name", searchName).submit("save:submit").errors().isEmpty());
        String question = "Суроо " + run + ": арызымды кантип кайтарып алам?";
        PortalPage written = PortalPage.open(driver, base, "/feedback.xhtml").type("feedback:name", surname)
                .type("feedback:email", email).type("feedback:message", question).submit("feedback:send");
        assertFalse(written.textOf("feedback-sent").isBlank());
        String vacancy = Registrant.vacanciesOpenToEveryone(driver, base, "minjust").get(0);
        PortalPage applied = Registrant.confirmAndSubmit(driver,
                PortalPage.open(driver, base, "/account/apply.xhtml?vacancy=" + vacancy), true);
        assertEquals(List.of(), applied.errors());
        Registrant.mailTo(MAIL, email, "KZ-");

        List<String> values = List.of(email, surname, pin, fileName, searchName, question);
        assertEquals(values.size(), places(values).stream().map(place -> place.replaceAll(".*: ", "")).distinct().count(),
                "before erasure the scan finds each value");

        PortalPage myData = PortalPage.open(driver, base, "/account/my-data.xhtml");
        assertTrue(myData.textOf("kept-none").contains("андай арыз жок"),
                "the page says that no application of the person would be kept: " + myData.textOf("kept-none"));
        PortalPage erased = myData.type("erase:password", Registrant.PASSWORD).tick("erase:confirmed").submit("erase:submit");
        assertEquals("/login.xhtml", erased.path().replaceAll("\\?.*", ""));

        assertEquals(List.of(), places(values), "the person's values left in the database after erasure");
    }

    @Test
    void aDeliveredLinkLeavesNoUsableTokenInTheDatabase() throws Exception {
        String email = Registrant.newAddress();
        Registrant.register(driver, base, email, Registrant.PASSWORD);
        String link = Registrant.linkMailedTo(MAIL, email, "/confirm-email.xhtml");
        String token = link.replaceAll(".*[?&]token=([A-Za-z0-9_-]+).*", "$1");

        // The outbox records the delivery in the transaction that sent it: wait for that commit.
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> holding = places(List.of(token));
        while (!holding.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            holding = places(List.of(token));
        }
        assertEquals(List.of(), holding, "once mailed, the link is nowhere in the database: a copy of it opens no account");

        driver.get(link);
        PortalPage confirmed = new PortalPage(driver, base);
        confirmed.heading();
        assertFalse(confirmed.textOf("email-confirmed").isBlank(), "the link itself still works");
    }

    private List<String> places(List<String> values) throws IOException, InterruptedException {
        String query = values.stream().map(value -> "value=" + URLEncoder.encode(value, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String found = TestFixtures.get(fixtures, "/places-holding?" + query);
        return found.isBlank() ? List.of() : List.of(found.split("\n"));
    }
}
