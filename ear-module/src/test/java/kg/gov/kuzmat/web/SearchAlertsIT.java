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
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link in an alert mail stops that alert without signing in, and its page restarts it. */
@ExtendWith(ArquillianExtension.class)
class SearchAlertsIT {

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
    void theMailsLinkStopsTheAlertAndItsPageRestartsIt() throws Exception {
        String email = Registrant.registerConfirmed(driver, base, MAIL);
        String name = "Алерт " + UUID.randomUUID().toString().substring(0, 8);
        PortalPage search = PortalPage.open(driver, base, "/?region=BISHKEK");
        driver.findElement(By.id("save-search")).click();
        search.await().until(d -> d.getCurrentUrl().contains("save-search.xhtml"));
        PortalPage saved = new PortalPage(driver, base);
        saved.heading();
        saved = saved.type("save:name", name).submit("save:submit");
        String alertsOn = driver.findElement(By.cssSelector(".saved-search-alerts")).getText();
        String key = TestFixtures.get(fixtures, "/unsubscribe-key?search=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertFalse(key.isBlank(), "the search has its unsubscribe key");
        saved.signOut();

        PortalPage stopped = PortalPage.open(driver, base, "/unsubscribe.xhtml?key=" + key);
        assertFalse(stopped.textOf("unsubscribed").isBlank(), "the alert is stopped in one click, without signing in");
        PortalPage resumed = stopped.submit("resume:submit");
        assertFalse(resumed.textOf("resumed").isBlank(), "the page restarts it");
        assertTrue(driver.findElements(By.id("resume:submit")).isEmpty(), "nothing left to restart");

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD);
        PortalPage.open(driver, base, "/account/searches.xhtml");
        assertEquals(alertsOn, driver.findElement(By.cssSelector(".saved-search-alerts")).getText(), "the alerts run again");
    }
}
