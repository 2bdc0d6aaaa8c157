package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.MimeMessage;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theOfficerTakesCandidatesThroughEveryStageToADecisionWithTheReserve() throws Exception {
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        String vacancy = publishVacancy("Адис " + UUID.randomUUID().toString().substring(0, 6));
        new PortalPage(driver, base).signOut();

        String email = applyAsNewApplicant(vacancy);
        String winnerEmail = applyAsNewApplicant(vacancy, true);

        assertEquals("1", TestFixtures.post(fixtures, "/deadline-passed?vacancy=" + vacancy));

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        PortalPage pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy);
        pipeline = pipeline.submitConfirmed("competition:advance");
        assertEquals("Документтерди кароо", pipeline.textOf("competition-stage"));
        selectRow(0);
        selectRow(1);
        pipeline = pipeline.submit("competition:admit");
        String withCv = driver.findElements(By.cssSelector("[id='competition:pipeline'] tbody tr")).get(1)
                .findElement(By.tagName("a")).getText();
        assertTrue(pipeline.warnings().get(0).contains(withCv), "admitted before the CV was compared: " + pipeline.warnings());
        verifyTheDocumentsOf(withCv);
        pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy);
        pipeline = pipeline.type("competition:invitation", "15.12.2026 10:00, Бишкек, Чүй пр. 96, 5-бөлмө").submitConfirmed("competition:advance");
        assertEquals("Тестирлөө", pipeline.textOf("competition-stage"));
        // The invitation named the wrong room: back to the review, with the reason every candidate is told.
        driver.findElement(By.id("competition:stepBack")).click();
        pipeline.await().until(ExpectedConditions.alertIsPresent()).dismiss();
        assertEquals("Тестирлөө", pipeline.textOf("competition-stage"), "answering no stays at the stage");
        pipeline = pipeline.type("competition:stepBackReason", "Чакырууда бөлмө туура эмес көрсөтүлгөн")
                .submitConfirmed("competition:stepBack");
        assertEquals("Документтерди кароо", pipeline.textOf("competition-stage"));
        assertTrue(pipeline.textOf("competition-record").contains("Чакырууда бөлмө туура эмес көрсөтүлгөн"),
                pipeline.textOf("competition-record"));
        selectRow(0);
        selectRow(1);
        pipeline = pipeline.submit("competition:admit");
        assertEquals(List.of(), pipeline.warnings(), "the CV was compared with its original meanwhile");
        pipeline = pipeline.type("competition:invitation", "15.12.2026 10:00, Бишкек, Чүй пр. 96, 7-бөлмө").submitConfirmed("competition:advance");
        assertEquals("Тестирлөө", pipeline.textOf("competition-stage"));
        for (String row : new String[]{"0", "1"}) {
            pipeline = pipeline.type("competition:pipeline:" + row + ":testScore", "44")
                    .type("competition:pipeline:" + row + ":testReason", "Кагаз түрүндөгү тест")
                    .submit("competition:pipeline:" + row + ":saveTest");
        }
        pipeline = pipeline.type("competition:invitation", "20.12.2026 11:00, 1-бөлмө").submitConfirmed("competition:advance");
        assertEquals("Маек", pipeline.textOf("competition-stage"));
        pipeline = pipeline.type("competition:pipeline:0:interview", "Асанов: 8\nТоктогулова: 9")
                .submit("competition:pipeline:0:saveInterview");
        pipeline = pipeline.type("competition:pipeline:1:interview", "Асанов: 9\nТоктогулова: 9")
                .submit("competition:pipeline:1:saveInterview");
        assertTrue(pipeline.errors().isEmpty(), pipeline.errors().toString());
        Path recording = Files.createTempFile("interview", ".mp3");
        // Larger than WildFly's default 10 MB request limit: a real interview recording is.
        byte[] mp3 = new byte[12 * 1024 * 1024];
        mp3[0] = 'I';
        mp3[1] = 'D';
        mp3[2] = '3';
        Files.write(recording, mp3);
        driver.findElement(By.id("competition:pipeline:0:recording")).sendKeys(recording.toString());
        pipeline = pipeline.submit("competition:pipeline:0:attachRecording");
        assertTrue(pipeline.errors().isEmpty(), pipeline.errors().toString());
        assertEquals(1, pipeline.infos().size(), "the recording is kept");
        // The second candidate wins; the first, ticked, goes to the personnel reserve.
        new Select(driver.findElement(By.id("competition:winner"))).selectByIndex(2);
        selectRow(0);
        pipeline = pipeline.submitConfirmed("competition:decide");
        assertEquals("Чечим кабыл алынды", pipeline.textOf("competition-stage"));
        HttpResponse<byte[]> protocol = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        driver.findElement(By.id("protocol")).getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, protocol.statusCode());
        assertEquals("%PDF-", new String(protocol.body(), 0, 5, StandardCharsets.US_ASCII));
        PortalPage reserve = PortalPage.open(driver, base, "/hr/reserve.xhtml");
        assertTrue(driver.findElements(By.cssSelector(".reserve-row")).size() >= 1, reserve.heading());
        LocalDate reserveOnlyUntil = LocalDate.now().plusDays(12);
        String reserveFirst = publishVacancy("Резерв үчүн " + UUID.randomUUID().toString().substring(0, 6), reserveOnlyUntil);
        String notice = Registrant.mailTo(MAIL, email, "/vacancy.xhtml?id=" + reserveFirst);
        assertTrue(notice.contains(reserveOnlyUntil.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                "the reserve is told until when only it may apply: " + notice);
        new PortalPage(driver, base).signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD).acceptPolicyIfAsked();
        PortalPage applications = PortalPage.open(driver, base, "/account/applications.xhtml");
        String timeline = applications.textOf("applications");
        assertTrue(timeline.contains("44") && timeline.contains("8.50") && timeline.contains("Кадрдык резервге сунушталды"), timeline);
        assertEquals(1, driver.findElements(By.cssSelector(".recording-link")).size(), "the candidate may listen to their interview");
        List<MimeMessage> mails = Arrays.stream(MAIL.getReceivedMessages()).filter(message -> recipientIs(message, email)).toList();
        assertTrue(mails.size() >= 8, "receipt, confirmation and a mail for each step: " + mails.size());
        for (MimeMessage mail : mails) {
            assertTrue(!mail.getSubject().contains("{") && !String.valueOf(mail.getContent()).contains("{"), mail.getSubject());
        }
        String number = driver.findElement(By.cssSelector(".application-number")).getText();
        assertTrue(mails.stream().anyMatch(mail -> subjectOf(mail).contains(number)), "a stage mail names the application");
        assertTrue(Registrant.mailTo(MAIL, email, "кадрдык резервге сунуштады").contains("чейин (Бишкек убактысы боюнча) апелляция берсеңиз болот"),
                "the decision's mail says until when it may be appealed");

        applications.type("applications:entries:0:grounds", "Маектин баалары негизсиз төмөн коюлду");
        applications = applications.submit("applications:entries:0:appeal");
        assertEquals("Апелляция берилди. Орган ал боюнча чечим кабыл алып, сизге билдирет.", applications.infos().get(0));
        assertTrue(applications.textOf("applications").contains("Маектин баалары негизсиз төмөн коюлду — Чечимди күтүүдө"),
                applications.textOf("applications"));
        assertTrue(driver.findElements(By.id("applications:entries:0:appeal")).isEmpty(), "one appeal at a time");
        applications.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(winnerEmail, Registrant.PASSWORD).acceptPolicyIfAsked();
        PortalPage won = PortalPage.open(driver, base, "/account/applications.xhtml");
        assertEquals("Кызмат ордуна тандалды", driver.findElement(By.cssSelector(".application-outcome")).getText());
        assertTrue(driver.findElements(By.cssSelector(".appeal-form")).isEmpty(), "the winner has nothing to appeal against");
        won.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        PortalPage appeals = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy);
        assertTrue(appeals.textOf("appeals").contains("Маектин баалары негизсиз төмөн коюлду"), appeals.textOf("appeals"));
        appeals = appeals.type("competition:appeals:0:appealReason", "Баалар комиссиянын протоколуна туура келет")
                .submit("competition:appeals:0:reject");
        assertTrue(appeals.errors().isEmpty(), appeals.errors().toString());
        assertTrue(appeals.textOf("appeals").contains("баш тартылды: Баалар комиссиянын протоколуна туура келет"), appeals.textOf("appeals"));
        appeals.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD);
        PortalPage decided = PortalPage.open(driver, base, "/account/applications.xhtml");
        assertTrue(decided.textOf("applications").contains("баш тартылды Баалар комиссиянын протоколуна туура келет"),
                decided.textOf("applications"));
    }

    @Test
    void aNameBlindReviewHidesThePersonOnTheListTheFileItsDownloadAndTheProtocol() throws Exception {
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        String vacancy = publishVacancy("Жашыруун " + UUID.randomUUID().toString().substring(0, 6));
        PortalPage pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy)
                .submit("competition:switch-name-blind");
        assertEquals("ооба", pipeline.textOf("name-blind").replace(pipeline.textOf("competition:switch-name-blind"), "").trim());
        pipeline.signOut();

        String email = Registrant.registerConfirmed(driver, base, MAIL);
        Registrant.uploadCv(driver, base, "CV_Osmonov.pdf");
        Registrant.confirmAndSubmit(driver, PortalPage.open(driver, base, "/account/apply.xhtml?vacancy=" + vacancy), true).signOut();
        List<String> person = List.of("Осмонов", "Бакыт", "98 76 54", email, "Osmonov");

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        assertProtocolNamesNobody(vacancy, person);
        TestFixtures.post(fixtures, "/deadline-passed?vacancy=" + vacancy);
        pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy).submitConfirmed("competition:advance");
        assertEquals("Документтерди кароо", pipeline.textOf("competition-stage"));
        assertProtocolNamesNobody(vacancy, person);
        assertNothingOf(person, "the pipeline");
        pipeline = pipeline.type("competition:passScore", "40").type("competition:maxScore", "50").submit("competition:saveScores");
        assertTrue(pipeline.textOf("pass-score").startsWith("40 / 50"), pipeline.textOf("pass-score"));

        PortalPage.open(driver, base, "/hr/candidates.xhtml?vacancy=" + vacancy);
        assertNothingOf(person, "the list of candidates");
        WebElement link = driver.findElement(By.cssSelector(".candidate-link"));
        link.click();
        pipeline.awaitReplaced(link);
        PortalPage file = new PortalPage(driver, base);
        assertTrue(file.textOf("identity-hidden").contains("мазмунунда"), "the officer is told a document may still name the person");
        assertNothingOf(person, "the file");
        WebElement cv = driver.findElement(By.cssSelector(".candidate-document"));
        assertTrue(cv.getText().endsWith("document-1.pdf"), cv.getText());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cv.getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("document-1.pdf") && !disposition.contains("Osmonov"), disposition);

        pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy);
        selectRow(0);
        pipeline = pipeline.type("competition:reason", "Жогорку билими тууралуу диплому жок").submit("competition:notAdmit");
        assertTrue(pipeline.textOf("competition:pipeline").contains("Жиберилген жок Жогорку билими тууралуу диплому жок"),
                pipeline.textOf("competition:pipeline"));
        pipeline.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD);
        PortalPage applications = PortalPage.open(driver, base, "/account/applications.xhtml")
                .type("applications:entries:0:grounds", "Диплом документтердин арасында бар");
        applications = applications.submit("applications:entries:0:appeal");
        assertEquals(1, applications.infos().size(), applications.errors().toString());
        applications.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        PortalPage appeals = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy)
                .type("competition:appeals:0:appealReason", "Диплом табылды, талапкер кайра каралат")
                .submit("competition:appeals:0:uphold");
        assertTrue(appeals.textOf("appeals").contains("канааттандырылды: Диплом табылды"), appeals.textOf("appeals"));
        appeals.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD);
        assertTrue(PortalPage.open(driver, base, "/account/applications.xhtml").textOf("applications")
                .contains("канааттандырылды Диплом табылды"), "the candidate reads the decision on the appeal");
    }

    /** The protocol downloads during a name-blind review, and names nobody in it. */
    private void assertProtocolNamesNobody(String vacancy, List<String> person) throws Exception {
        HttpResponse<byte[]> protocol = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base.toString().replaceAll("/$", "") + "/hr/competition-protocol?vacancy=" + vacancy))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, protocol.statusCode());
        assertEquals("%PDF-", new String(protocol.body(), 0, 5, StandardCharsets.US_ASCII));
        PdfReader pdf = new PdfReader(protocol.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(page));
        }
        assertTrue(text.toString().contains("(тестирлөөгө чейин жашырылган)"), text.toString());
        for (String value : person) {
            assertFalse(text.toString().contains(value), value + " is in the protocol: " + text);
        }
    }

    private void assertNothingOf(List<String> person, String where) {
        String page = driver.getPageSource();
        for (String value : person) {
            assertTrue(!page.contains(value), value + " shows on " + where);
        }
    }

    /** On the candidate's file, the officer marks the CV as differing, with a note, then as matching its original. */
    private void verifyTheDocumentsOf(String registrationNumber) {
        PortalPage pipeline = new PortalPage(driver, base);
        WebElement link = driver.findElements(By.cssSelector("[id='competition:pipeline'] tbody tr a")).stream()
                .filter(candidate -> candidate.getText().equals(registrationNumber)).findFirst().orElseThrow();
        link.click();
        pipeline.awaitReplaced(link);
        PortalPage file = new PortalPage(driver, base);
        assertTrue(file.heading().contains(registrationNumber), file.heading());
        file = file.type("verification:note", "Көчүрмөдө мөөр көрүнбөйт").submit("verification:documents:0:differs");
        assertTrue(file.heading().contains(registrationNumber), "the file stays open: " + file.heading());
        assertEquals(List.of("Сакталды."), file.infos());
        assertTrue(file.textOf("candidate-documents").contains("түп нускасына туура келбейт Көчүрмөдө мөөр көрүнбөйт"),
                file.textOf("candidate-documents"));
        assertTrue(driver.findElements(By.id("identity-hidden")).isEmpty(), "names are not hidden in this competition");
        file = file.submit("verification:documents:0:matches");
        assertTrue(file.textOf("candidate-documents").contains("түп нускасына туура келет"), file.textOf("candidate-documents"));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCandidateSitsTheComputerTestResumesAfterAReloadAndTheOfficerSeesTheScore() throws Exception {
        String topic = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        PortalPage bank = PortalPage.open(driver, base, "/admin/questions.xhtml")
                .type("topic:topic-code", topic).type("topic:topic-kyrgyz", "Сынак темасы")
                .type("topic:topic-russian", "Тестовая тема").type("topic:topic-english", "Test topic").submit("topic:add-topic");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        Path file = Files.createTempFile("bank", ".csv");
        StringBuilder csv = new StringBuilder("topic,question_ky,a_ky,b_ky,c_ky,d_ky,question_ru,a_ru,b_ru,c_ru,d_ru,correct\n");
        for (int i = 1; i <= 3; i++) {
            csv.append(topic).append(",Суроо ").append(topic).append(' ').append(i).append(",туура,ката 1,ката 2,ката 3,")
                    .append("Вопрос ").append(topic).append(' ').append(i).append(",верно,неверно 1,неверно 2,неверно 3,A\n");
        }
        Files.writeString(file, csv);
        driver.findElement(By.id("import:import-file")).sendKeys(file.toString());
        bank = bank.submit("import:import-submit");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        assertTrue(driver.findElements(By.id("import:import-rejections")).isEmpty(), "every row imported");

        PortalPage specification = PortalPage.open(driver, base, "/admin/exam-specifications.xhtml?group=SENIOR");
        for (WebElement count : driver.findElements(By.cssSelector(".topic-count-row input"))) {
            count.clear();
        }
        driver.findElement(By.cssSelector(".topic-count-row input[aria-label='" + topic + "']")).sendKeys("3");
        specification = specification.type("specification:minutes", "10").type("specification:pass-score", "2")
                .submit("specification:save-specification");
        assertTrue(specification.errors().isEmpty(), specification.errors().toString());
        specification.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        String vacancy = publishVacancy("Тест " + UUID.randomUUID().toString().substring(0, 6));
        PortalPage proposal = PortalPage.open(driver, base, "/hr/propose-question.xhtml");
        new Select(driver.findElement(By.id("proposal:question-topic"))).selectByVisibleText(topic + " — Сынак темасы");
        proposal.type("proposal:kyrgyz-text", "Сунушталган суроо " + topic).type("proposal:kyrgyz-a", "бир")
                .type("proposal:kyrgyz-b", "эки").type("proposal:kyrgyz-c", "үч").type("proposal:kyrgyz-d", "төрт")
                .type("proposal:russian-text", "Предложенный вопрос " + topic).type("proposal:russian-a", "один")
                .type("proposal:russian-b", "два").type("proposal:russian-c", "три").type("proposal:russian-d", "четыре");
        new Select(driver.findElement(By.id("proposal:correct-option"))).selectByVisibleText("B");
        proposal = proposal.submit("proposal:send-proposal");
        assertTrue(proposal.errors().isEmpty(), "an officer proposes a question: " + proposal.errors());
        proposal.signOut();
        String email = applyAsNewApplicant(vacancy);
        TestFixtures.post(fixtures, "/deadline-passed?vacancy=" + vacancy);

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        PortalPage pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy).submitConfirmed("competition:advance");
        selectRow(0);
        pipeline.submit("competition:admit");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Bishkek"));
        PortalPage sitting = PortalPage.open(driver, base, "/hr/exam.xhtml?vacancy=" + vacancy)
                .moment("exam:opens", now.minusMinutes(5)).moment("exam:closes", now.plusHours(2)).submit("exam:schedule");
        assertTrue(sitting.errors().isEmpty(), sitting.errors().toString());
        pipeline = PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy)
                .type("competition:invitation", "Бүгүн 10:00–12:00, компьютердик тест үйдөн же 5-бөлмөдө").submitConfirmed("competition:advance");
        assertEquals("Тестирлөө", pipeline.textOf("competition-stage"));
        assertTrue(pipeline.textOf("pass-score").startsWith("2 / 3"), pipeline.textOf("pass-score"));
        pipeline.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, Registrant.PASSWORD).acceptPolicyIfAsked();
        PortalPage.open(driver, base, "/account/applications.xhtml");
        driver.findElement(By.cssSelector(".exam-link")).click();
        PortalPage test = new PortalPage(driver, base);
        test.heading();
        new Select(driver.findElement(By.id("start-form:language"))).selectByValue("ru");
        test = test.submit("start-form:exam-start");
        List<WebElement> questions = driver.findElements(By.cssSelector(".exam-question"));
        assertEquals(3, questions.size());
        driver.manage().window().setSize(new Dimension(360, 640));
        Map<?, ?> option = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                var label = document.querySelector('label.exam-option'), box = label.querySelector('input').getBoundingClientRect();
                var text = label.querySelector('span').getBoundingClientRect(), line = label.getBoundingClientRect();
                document.getElementById('submit-form').scrollIntoView();
                var status = document.querySelector('.exam-status'), shown = status.getBoundingClientRect();
                return {height: line.height, width: line.width, sameLine: box.top < text.bottom && text.top < box.bottom,
                        sticky: getComputedStyle(status).position === 'sticky' && shown.top >= 0 && shown.bottom <= window.innerHeight,
                        page: document.documentElement.scrollWidth};""");
        assertTrue(((Number) option.get("height")).doubleValue() >= 44, "a tap target of 44 px at least: " + option);
        assertEquals(Boolean.TRUE, option.get("sameLine"), "the radio and its text on one line: " + option);
        assertEquals(Boolean.TRUE, option.get("sticky"), "the time left stays in view at the end of the test: " + option);
        assertTrue(((Number) option.get("page")).doubleValue() <= 360, "no sideways scrolling: " + option);
        driver.manage().window().setSize(new Dimension(1280, 900));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        String firstChoice = answer(test, 1, true);

        driver.navigate().refresh();
        test = new PortalPage(driver, base);
        test.heading();
        assertTrue(driver.findElement(By.id(firstChoice)).isSelected(), "the saved answer is shown after a reload");
        assertEquals("1", test.textOf("exam-answered"));
        answer(test, 2, true);
        answer(test, 3, false);

        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("submit-form:exam-submit")).click();
        test.await().until(ExpectedConditions.alertIsPresent()).accept();
        test.awaitReplaced(html);
        String score = test.textOf("exam-score");
        assertTrue(score.contains("2") && score.contains("3"), score);
        assertEquals("Өттү", test.textOf("exam-verdict"));
        test.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        PortalPage.open(driver, base, "/hr/competition.xhtml?vacancy=" + vacancy);
        WebElement row = driver.findElements(By.cssSelector("[id='competition:pipeline'] tbody tr")).get(0);
        assertEquals("2", row.findElements(By.tagName("td")).get(6).getText(), "the pipeline shows the computer test's score");
        PortalPage attempts = PortalPage.open(driver, base, "/hr/exam.xhtml?vacancy=" + vacancy).submit("exam:attempts:0:show-record");
        String log = attempts.textOf("attempt-record");
        assertTrue(log.contains("127.0.0.1"), log);
    }

    /** Chooses the right option of the question at the position, or a wrong one, and waits until it is saved. */
    private String answer(PortalPage test, int position, boolean right) {
        WebElement question = driver.findElement(By.id("question-" + position));
        WebElement option = question.findElements(By.cssSelector("label.exam-option")).stream()
                .filter(label -> label.getText().startsWith("верно") == right).findFirst().orElseThrow();
        String input = option.findElement(By.tagName("input")).getAttribute("id");
        option.click();
        String saved = driver.findElement(By.id("exam")).getAttribute("data-saved-text");
        test.await().until(d -> d.findElement(By.id("saved-" + position)).getText().equals(saved));
        return input;
    }

    /** Ticks a candidate's row in the pipeline, as the officer clicks its box. */
    private void selectRow(int row) {
        WebElement box = driver.findElements(By.cssSelector("[id='competition:pipeline'] tbody tr")).get(row)
                .findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box"));
        box.click();
        new PortalPage(driver, base).await().until(ignored -> box.getAttribute("class").contains("ui-state-active"));
    }

    /** A new applicant registers, applies to the vacancy and signs out; answers their e-mail. */
    private String applyAsNewApplicant(String vacancy) throws IOException {
        return applyAsNewApplicant(vacancy, false);
    }

    /** The same, with a CV uploaded and submitted with the application if asked. */
    private String applyAsNewApplicant(String vacancy, boolean withCv) throws IOException {
        String email = Registrant.registerConfirmed(driver, base, MAIL);
        if (withCv) {
            Registrant.uploadCv(driver, base);
        }
        Registrant.confirmAndSubmit(driver, PortalPage.open(driver, base, "/account/apply.xhtml?vacancy=" + vacancy), withCv).signOut();
        return email;
    }

    private String publishVacancy(String title) {
        return publishVacancy(title, null);
    }

    /** Publishes a senior vacancy of the officer's agency, open first to its personnel reserve until the day if given. */
    private String publishVacancy(String title, LocalDate reserveOnlyUntil) {
        driver.get(base.toString().replaceAll("/$", "") + "/hr/");
        driver.findElement(By.id("new-vacancy")).click();
        VacancyForm draft = new VacancyForm(driver, base)
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
                .save();
        if (reserveOnlyUntil != null) {
            draft = draft.reserveFirstUntil(reserveOnlyUntil);
            assertTrue(draft.errors().isEmpty(), draft.errors().toString());
        }
        draft.publish();
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
