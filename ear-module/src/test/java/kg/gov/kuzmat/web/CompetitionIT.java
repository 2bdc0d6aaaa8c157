package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import kg.gov.kuzmat.testing.AssembledPortal;
import kg.gov.kuzmat.testing.DeadlineFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole competition in the browser: an applicant applies; after the deadline the HR officer admits
 * them, enters the test and interview results and places them in the personnel reserve; the applicant
 * sees every step on their timeline and got a mail for each.
 */
@ExtendWith(ArquillianExtension.class)
class CompetitionIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return AssembledPortal.ear();
    }

    @Deployment(name = "fixtures", order = 2, testable = false)
    static WebArchive fixtures() {
        // Only the fixture class: test libraries in the archive would stop the server from installing it.
        return ShrinkWrap.create(WebArchive.class, "it-fixtures.war").addClass(DeadlineFixture.class);
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
    void theOfficerTakesCandidatesThroughEveryStageToADecisionWithTheReserve() throws Exception {
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        String vacancy = publishVacancy("Адис " + UUID.randomUUID().toString().substring(0, 6));
        new PortalPage(driver, base).signOut();

        String email = applyAsNewApplicant(vacancy);
        applyAsNewApplicant(vacancy);

        HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fixtures.toString().replaceAll("/$", "") + "/deadline-passed?vacancy=" + vacancy))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("1", moved.body());

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        PortalPage pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy);
        pipeline = pipeline.submit("competition:advance");
        assertEquals("Документтерди кароо", pipeline.textOf("competition-stage"));
        selectRow(0);
        selectRow(1);
        pipeline = pipeline.submit("competition:admit");
        pipeline = pipeline.type("competition:invitation", "15.12.2026 10:00, Бишкек, Чүй пр. 96, 5-бөлмө").submit("competition:advance");
        assertEquals("Тестирлөө", pipeline.textOf("competition-stage"));
        for (String row : new String[]{"0", "1"}) {
            pipeline = pipeline.type("competition:pipeline:" + row + ":testScore", "44")
                    .type("competition:pipeline:" + row + ":testReason", "Кагаз түрүндөгү тест")
                    .submit("competition:pipeline:" + row + ":saveTest");
        }
        pipeline = pipeline.type("competition:invitation", "20.12.2026 11:00, 1-бөлмө").submit("competition:advance");
        assertEquals("Маек", pipeline.textOf("competition-stage"));
        pipeline = pipeline.type("competition:pipeline:0:interview", "Асанов: 8\nТоктогулова: 9")
                .submit("competition:pipeline:0:saveInterview");
        pipeline = pipeline.type("competition:pipeline:1:interview", "Асанов: 9\nТоктогулова: 9")
                .submit("competition:pipeline:1:saveInterview");
        assertTrue(pipeline.errors().isEmpty(), pipeline.errors().toString());
        // The second candidate wins; the first, ticked, goes to the personnel reserve.
        new Select(driver.findElement(By.id("competition:winner"))).selectByIndex(2);
        selectRow(0);
        pipeline = pipeline.submit("competition:decide");
        assertEquals("Чечим кабыл алынды", pipeline.textOf("competition-stage"));
        HttpResponse<byte[]> protocol = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        driver.findElement(By.id("protocol")).getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, protocol.statusCode());
        assertEquals("%PDF-", new String(protocol.body(), 0, 5, StandardCharsets.US_ASCII));
        PortalPage reserve = PortalPage.open(driver, base, "/hr/reserve.xhtml");
        assertTrue(driver.findElements(By.cssSelector(".reserve-row")).size() >= 1, reserve.heading());
        reserve.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD).acceptPolicyIfAsked();
        PortalPage applications = PortalPage.open(driver, base, "/account/applications.xhtml");
        String timeline = applications.textOf("applications");
        assertTrue(timeline.contains("44") && timeline.contains("8.50") && timeline.contains("Кадрдык резервге сунушталды"), timeline);
        long mails = Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipientIs(message, email))
                .count();
        assertTrue(mails >= 8, "receipt, confirmation and a mail for each step: " + mails);
    }

    /** Ticks a candidate's row in the pipeline, as the officer clicks its box. */
    private void selectRow(int row) {
        driver.findElements(By.cssSelector("[id='competition:pipeline'] tbody tr")).get(row)
                .findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
    }

    /** A new applicant registers, applies to the vacancy and signs out; answers their e-mail. */
    private String applyAsNewApplicant(String vacancy) {
        String email = Registrant.registerConfirmed(driver, base, MAIL);
        PortalPage form = PortalPage.open(driver, base, "/account/apply.xhtml?vacancy=" + vacancy);
        driver.findElement(By.id("apply:processingConsent")).click();
        driver.findElement(By.id("apply:antiCorruption")).click();
        driver.findElement(By.id("apply:accuracy")).click();
        form.submit("apply:submit").signOut();
        return email;
    }

    private String publishVacancy(String title) {
        driver.get(base.toString().replaceAll("/$", "") + "/hr/");
        driver.findElement(By.id("new-vacancy")).click();
        new VacancyForm(driver, base)
                .type("title", title)
                .type("structuralUnit", "Укуктук камсыздоо бөлүмү")
                .choose("positionGroup", "SENIOR")
                .write("duties", "Ченемдик укуктук актылардын долбоорлоруна укуктук экспертиза жүргүзүү.")
                .type("salaryMin", "30000")
                .type("salaryMax", "36000")
                .choose("region", "BISHKEK")
                .type("city", "Бишкек")
                .deadline(LocalDate.now().plusDays(20))
                .type("contact", "+996 312 66-00-00")
                .save()
                .publish();
        return driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    private static boolean recipientIs(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
