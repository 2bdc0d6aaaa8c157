package kg.gov.kuzmat.web;

import kg.gov.kuzmat.testing.AssembledPortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;

/** A browser test of the assembled portal: the real EAR deployed, and a fresh Chromium for every test. */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @ArquillianResource
    protected URL base;

    private Browser browser;
    protected WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }
}
