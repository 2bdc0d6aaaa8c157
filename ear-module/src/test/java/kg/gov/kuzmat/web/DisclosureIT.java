package kg.gov.kuzmat.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy 3.4 in the browser: an administrator registers a state body's letter with its scan and exports
 * the data it asks for, which the access audit shows; the person concerned sees the disclosure in "My data".
 */
class DisclosureIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "Demo-2026!";
    /** The demo applicant's personal number (DemoData). */
    private static final String DEMO_APPLICANT_PIN = "11403199500001";

    @Test
    void anAdministratorRegistersALetterAndExportsAndThePersonSeesIt() throws Exception {
        String letterNumber = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", DEMO_PASSWORD);
        PortalPage register = PortalPage.open(driver, base, "/admin/disclosures.xhtml");
        PortalPage refused = register.type("disclosure:stateBody", "Башкы прокуратура").submit("disclosure:register");
        assertEquals(1, refused.errors().size(), "not without the letter's particulars: " + refused.errors());

        Path scan = Files.createTempFile("letter", ".pdf");
        Files.write(scan, "%PDF-1.4\nкат\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        refused.type("disclosure:stateBody", "Кыргыз Республикасынын Башкы прокуратурасы")
                .type("disclosure:letterNumber", letterNumber)
                .date("disclosure:letterDate", LocalDate.now().minusDays(1))
                .type("disclosure:legalBasis", "«Прокуратура жөнүндө» Мыйзамдын 7-беренеси")
                .type("disclosure:personalNumber", DEMO_APPLICANT_PIN);
        driver.findElement(By.cssSelector("input[name='disclosure:requested'][value='IDENTITY']")).click();
        driver.findElement(By.id("disclosure:letter")).sendKeys(scan.toString());
        PortalPage registered = refused.submit("disclosure:register");
        assertTrue(registered.errors().isEmpty(), registered.errors().toString());

        assertEquals(1, registered.infos().size(), "the registration is confirmed after the redirect");
        driver.navigate().refresh();
        registered.heading();
        assertEquals(1, driver.findElements(By.cssSelector("[id='requests:register'] tbody tr")).stream()
                .filter(r -> r.getText().contains(letterNumber)).count(), "a reload registers nothing again");
        WebElement row = registered(letterNumber);
        row.findElement(By.cssSelector("button[id^='requests:'][id$=':export']")).click();
        registered.await().until(d -> {
            PortalPage.open(d, base, "/admin/disclosures.xhtml");
            return registered(letterNumber).findElement(By.cssSelector(".disclosure-exports")).getText().contains("admin@demo.kg");
        });
        PortalPage trail = PortalPage.open(driver, base, "/admin/audit.xhtml?action=EXPORT");
        String entries = trail.textOf("audit-entries");
        assertTrue(entries.contains("Кыргыз Республикасынын Башкы прокуратурасы") && entries.contains("127.0.0.1"),
                "the export is in the access audit, with the address it came from: " + entries);
        trail.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("applicant@demo.kg", DEMO_PASSWORD).acceptPolicyIfAsked();
        PortalPage myData = PortalPage.open(driver, base, "/account/my-data.xhtml");
        String accesses = myData.textOf("my-accesses");
        assertTrue(accesses.contains(letterNumber) && accesses.contains("Башкы прокуратурасы"), accesses);
    }

    private WebElement registered(String letterNumber) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='requests:register'] tbody tr"));
        return rows.stream().filter(r -> r.getText().contains(letterNumber)).findFirst().orElseThrow();
    }
}
