package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen's account from the browser, with the portal's mail delivered over SMTP to a real mail
 * server in this JVM (the test server sends to port 3125, arquillian.xml).
 */
class ApplicantAccountIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = Registrant.PASSWORD;

    @Test
    void registeringAnAddressThatHasAnAccountReadsTheSameAndOnlyItsOwnerIsTold() throws Exception {
        String email = newAddress();
        String first = register(email, PASSWORD).textOf("registration-done");
        linkMailedTo(email, "/confirm-email.xhtml");

        String again = register(email.toUpperCase(), "Other-Pass-Phrase-42").textOf("registration-done");

        assertEquals(first, again, "the page cannot tell whether the address was registered");
        assertTrue(Registrant.mailTo(MAIL, email, "/login.xhtml").contains("Kuzmat"), "the owner is told by mail");
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();
        assertTrue(new PortalPage(driver, base).isSignedIn(), "the account and its password are untouched");
    }

    @Test
    void aLockOutReadsTheSameForAnAddressNobodyHas() throws Exception {
        String registered = newAddress();
        register(registered, PASSWORD);
        String nobody = newAddress();
        List<String> answers = new ArrayList<>();
        for (String email : List.of(registered, nobody)) {
            String last = null;
            for (int attempt = 1; attempt <= 5; attempt++) {
                LoginPage login = PortalPage.open(driver, base, "/").goToSignIn();
                login.signInAs(email, "Wrong-Pass-Phrase-" + attempt);
                last = new LoginPage(driver, base).errorMessage();
            }
            answers.add(last.replaceAll("\\d+", "N"));
        }
        assertTrue(answers.get(0).contains("бөгөттөлдү"), answers.get(0));
        assertEquals(answers.get(0), answers.get(1), "a locked address and an unknown one get the same answer");
    }

    @Test
    void registerReadTheMailConfirmAndSignIn() throws Exception {
        String email = newAddress();

        PortalPage done = register(email, PASSWORD);

        assertEquals("/register.xhtml", done.path().replaceAll("\\?.*", ""));
        assertFalse(done.textOf("registration-done").isBlank(), "registration-done is shown");
        String confirmation = linkMailedTo(email, "/confirm-email.xhtml");
        PortalPage account = PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();
        assertEquals("/account/", account.path());
        assertFalse(driver.findElements(By.id("email-unconfirmed")).isEmpty(), "not confirmed yet");

        driver.get(confirmation);
        PortalPage confirmed = new PortalPage(driver, base);
        confirmed.heading();
        assertFalse(confirmed.textOf("email-confirmed").isBlank(), "email-confirmed is shown");

        PortalPage.open(driver, base, "/account/");
        assertTrue(driver.findElements(By.id("email-unconfirmed")).isEmpty(), "confirmed now");
        driver.get(confirmation);
        assertEquals("Шилтеме жараксыз же мурун колдонулган.", new PortalPage(driver, base).errors().get(0),
                "a link works once");
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailButDoesNotLoseIt() throws Exception {
        String email = newAddress();
        MAIL.stop();

        register(email, PASSWORD);
        Thread.sleep(2_000);
        assertFalse(MAIL.isRunning());
        MAIL.start();

        assertTrue(linkMailedTo(email, "/confirm-email.xhtml").contains("token="), "sent when the server came back");
    }

    @Test
    void theFormRefusesWithoutConsentAndKeepsWhatWasTyped() {
        String email = newAddress();
        PortalPage form = fill(PortalPage.open(driver, base, "/register.xhtml"), email, PASSWORD);

        PortalPage refused = form.submit("registration:submit");

        assertEquals(1, refused.errors().size());
        assertTrue(refused.errors().get(0).contains("Купуялуулук саясатына макулдуксуз"), refused.errors().toString());
        assertEquals(email, driver.findElement(By.id("registration:email")).getAttribute("value"));
        assertEquals("Осмонов", driver.findElement(By.id("registration:surname")).getAttribute("value"));
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        String email = newAddress();
        register(email, PASSWORD);
        driver.get(linkMailedTo(email, "/confirm-email.xhtml"));
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();
        String otherSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.manage().deleteAllCookies();

        PortalPage forgot = PortalPage.open(driver, base, "/login.xhtml");
        driver.findElement(By.id("forgot-password")).click();
        forgot.await().until(d -> d.getCurrentUrl().contains("forgot-password"));
        PortalPage sent = forgot.type("forgot:email", email).submit("forgot:submit");
        String sameAnswer = sent.textOf("reset-requested");
        PortalPage unknown = PortalPage.open(driver, base, "/forgot-password.xhtml").type("forgot:email", newAddress())
                .submit("forgot:submit");
        assertEquals(sameAnswer, unknown.textOf("reset-requested"), "nobody learns who is registered");

        driver.get(linkMailedTo(email, "/reset-password.xhtml"));
        PortalPage reset = new PortalPage(driver, base);
        reset.heading();
        PortalPage login = reset.type("reset:newPassword", "Tash-Rabat-At-Bashy-9").submit("reset:submit");
        assertEquals("/login.xhtml", login.path().replaceAll("\\?.*", ""));
        assertFalse(login.textOf("login-notice").isBlank(), "login-notice is shown");

        PortalPage account = new LoginPage(driver, base).signInAs(email, "Tash-Rabat-At-Bashy-9").acceptPolicyIfAsked();
        assertEquals("/account/", account.path());

        HttpResponse<String> before = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/account/"))
                .header("Cookie", "JSESSIONID=" + otherSession).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, before.statusCode(), "the session opened before the reset is over");
        assertTrue(before.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?notice=sessionEnded"),
                before.headers().toString());
        driver.get(before.headers().firstValue("Location").orElseThrow());
        assertFalse(new PortalPage(driver, base).textOf("login-notice").isBlank(), "the page says why");
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() throws Exception {
        String email = newAddress();
        register(email, PASSWORD);

        PortalPage.open(driver, base, "/account/");
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "asking for a protected page starts a session to come back to it");
        PortalPage account = new LoginPage(driver, base).signInAs(email, PASSWORD).acceptPolicyIfAsked();
        Cookie signedIn = driver.manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before.getValue(), signedIn.getValue(), "a new session id at sign-in (no session fixation)");
        assertTrue(signedIn.isHttpOnly());

        account.signOut();

        HttpResponse<String> withOldCookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/account/"))
                .header("Cookie", "JSESSIONID=" + signedIn.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, withOldCookie.statusCode(), "the signed-out session no longer signs anyone in");
        assertTrue(withOldCookie.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void signingInOverAnOpenSessionEndsTheFirstPersonAndJudgesTheNewCredentials() {
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("applicant@demo.kg", "Demo-2026!").acceptPolicyIfAsked();
        PortalPage.open(driver, base, "/login.xhtml");
        LoginPage login = new LoginPage(driver, base);
        login.signInAs("hr@demo.kg", "not-the-password");
        assertEquals("Электрондук почта же сырсөз туура эмес.", new LoginPage(driver, base).errorMessage());
        assertFalse(new PortalPage(driver, base).isSignedIn(), "the first person is signed out, the second not signed in");
        PortalPage.open(driver, base, "/account/");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "the applicant's page asks to sign in again");
        PortalPage.open(driver, base, "/hr/");

        PortalPage hr = new LoginPage(driver, base).signInAs("hr@demo.kg", "Demo-2026!");
        assertTrue(hr.path().startsWith("/hr/"), hr.path());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThePersonIsToldForHowLong() throws Exception {
        String email = newAddress();
        register(email, PASSWORD);
        LoginPage login = PortalPage.open(driver, base, "/").goToSignIn();
        for (int attempt = 0; attempt < 5; attempt++) {
            login.signInAs(email, "wrong-password-" + attempt);
            login = new LoginPage(driver, base);
        }

        String message = login.errorMessage();

        assertTrue(message.contains("15"), "the wait is told: " + message);
        login.signInAs(email, PASSWORD);
        assertFalse(new LoginPage(driver, base).isSignedIn(), "locked even against the right password");
    }

    @Test
    void anAdministratorPublishesANewPolicyAndTheApplicantAcceptsItAtNextSignIn() {
        String email = newAddress();
        register(email, PASSWORD);

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        PortalPage form = PortalPage.open(driver, base, "/admin/policy.xhtml");
        String marker = "IT-" + UUID.randomUUID();
        form.date("policy:lastUpdated", LocalDate.now(ZoneId.of("Asia/Bishkek")));
        String kyrgyz = driver.findElement(By.id("policy:kyrgyz")).getAttribute("value");
        form.type("policy:kyrgyz", kyrgyz + "\n\n" + marker);
        PortalPage published = form.submit("policy:publish");
        assertFalse(published.textOf("policy-published").isBlank(), "policy-published is shown");
        published.signOut();

        PortalPage asked = PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD);
        assertEquals("/account/consent.xhtml", asked.path());
        assertTrue(asked.textOf("policy-text").contains(marker), "the new text is shown for acceptance");
        PortalPage refused = asked.submit("consent:submit");
        assertEquals("/account/consent.xhtml", refused.path(), "not without ticking the box");
        PortalPage account = refused.acceptPolicyIfAsked();
        assertEquals("/account/", account.path());
        PortalPage.open(driver, base, "/account/");
        assertEquals("/account/", new PortalPage(driver, base).path(), "accepted once, not asked again");
    }

    @Test
    void fillTheProfileAndUploadDocumentsWhereAProgramRenamedToPdfIsRefused() throws Exception {
        String email = newAddress();
        register(email, PASSWORD);
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();
        Registrant.linkMailedTo(MAIL, email, "/confirm-email.xhtml");
        PortalPage resent = PortalPage.open(driver, base, "/account/").submit("confirmation:resend");
        assertEquals(1, resent.infos().size(), "the page says the confirmation link was sent again");
        resent.await().until(d -> MAIL.getReceivedMessagesForDomain(email).length == 2);

        PortalPage profile = PortalPage.open(driver, base, "/account/profile.xhtml");
        driver.findElement(By.id("profile:add-job")).click();
        profile.await().until(d -> !d.findElements(By.id("profile:experience:0:employer")).isEmpty());
        profile.type("profile:experience:0:employer", "Министерство финансов")
                .type("profile:experience:0:jobTitle", "Главный специалист")
                .date("profile:experience:0:startedOn", LocalDate.of(2020, 1, 1))
                .date("profile:experience:0:endedOn", LocalDate.of(2021, 12, 31));
        driver.findElement(By.id("profile:experience:0:civilService")).click();
        PortalPage saved = profile.submit("profile:save");
        assertTrue(saved.errors().isEmpty(), saved.errors().toString());
        assertTrue(saved.textOf("service-length").contains("2 ж. 0 ай 0 күн"), saved.textOf("service-length"));
        assertEquals("Министерство финансов", driver.findElement(By.id("profile:experience:0:employer")).getAttribute("value"));

        driver.findElement(By.id("profile:add-education")).click();
        saved.await().until(d -> !d.findElements(By.id("profile:education:0:institution")).isEmpty());
        saved.type("profile:education:0:institution", "Кыргыз улуттук университети").type("profile:education:0:specialty", "Укук")
                .type("profile:education:0:yearFrom", "2001").type("profile:education:0:yearTo", "2005");
        new Select(driver.findElement(By.id("profile:education:0:level"))).selectByValue("HIGHER_BACHELOR");
        for (int row = 0; row < 2; row++) {
            String language = "profile:languages:" + row + ":language";
            driver.findElement(By.id("profile:add-language")).click();
            saved.await().until(d -> !d.findElements(By.id(language)).isEmpty());
            saved.type(language, row == 0 ? "Орус тили" : "Англис тили");
        }
        new Select(driver.findElement(By.id("profile:languages:1:level"))).selectByValue("B2");
        WebElement secondLanguage = driver.findElement(By.id("profile:languages:1:language"));
        driver.findElement(By.id("profile:languages:0:remove")).click();
        saved.awaitReplaced(secondLanguage);
        assertEquals(List.of("Англис тили"), driver.findElements(By.cssSelector("[id^='profile:languages:'][id$=':language']")).stream()
                .map(field -> field.getAttribute("value")).toList(), "the first language row is removed, the second kept as typed");
        PortalPage withEducation = saved.submit("profile:save");
        assertTrue(withEducation.errors().isEmpty(), withEducation.errors().toString());
        assertEquals("Кыргыз улуттук университети", driver.findElement(By.id("profile:education:0:institution")).getAttribute("value"));
        assertEquals("B2", new Select(driver.findElement(By.id("profile:languages:0:level"))).getFirstSelectedOption().getAttribute("value"));

        WebElement school = driver.findElement(By.id("profile:education:0:institution"));
        driver.findElement(By.id("profile:education:0:remove")).click();
        withEducation.awaitReplaced(school);
        PortalPage withoutEducation = withEducation.submit("profile:save");
        assertTrue(withoutEducation.errors().isEmpty(), withoutEducation.errors().toString());
        assertTrue(driver.findElements(By.id("profile:education:0:institution")).isEmpty(), "the removed education stays removed");
        assertEquals(1, driver.findElements(By.cssSelector("[id^='profile:experience:'][id$=':employer']")).size());

        PortalPage documents = PortalPage.open(driver, base, "/account/documents.xhtml");
        Path pdf = Files.createTempFile("diploma", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        driver.findElement(By.cssSelector("[id='documents:upload'] input[type=file]")).sendKeys(pdf.toString());
        documents.await().until(d -> d.findElements(By.cssSelector(".document-row")).size() == 1);

        Path program = Files.createTempFile("setup", ".pdf");
        Files.write(program, new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        driver.findElement(By.cssSelector("[id='documents:upload'] input[type=file]")).sendKeys(program.toString());
        documents.await().until(d -> !documents.errors().isEmpty());
        assertTrue(documents.errors().get(0).contains("PDF, JPEG же PNG"), documents.errors().toString());
        assertEquals(1, driver.findElements(By.cssSelector(".document-row")).size());

        String link = driver.findElement(By.cssSelector(".document-link")).getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> own = http.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(pdf), own.body());
        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(302, anonymous.statusCode(), "nobody else downloads it");

        driver.findElement(By.id("documents:rows:0:delete-document")).click();
        documents.await().until(d -> d.findElements(By.cssSelector(".document-row")).isEmpty());
        assertFalse(documents.textOf("documents:no-documents").isBlank());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode(), "a deleted document is gone");
    }

    @Test
    void exportMyDataThenEraseTheAccountAndSeeSignInRefused() throws Exception {
        String email = newAddress();
        register(email, PASSWORD);
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();
        String otherSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.manage().deleteAllCookies();
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();

        PortalPage myData = PortalPage.open(driver, base, "/account/my-data.xhtml");
        assertEquals(email, myData.textOf("my-email"));
        assertTrue(myData.textOf("my-consents").contains("127.0.0.1") || myData.textOf("my-consents").contains("0:0:0:0"),
                "the consent record shows where it came from");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(
                driver.findElement(By.id("export-json")).getAttribute("href"))).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"email\": \"" + email + "\""), json.body());
        assertTrue(json.body().contains("\"personalNumber\""));
        assertTrue(json.body().contains("\"consents\""));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(
                driver.findElement(By.id("export-pdf")).getAttribute("href"))).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-") && pdf.body().length > 5000,
                "a PDF with the fonts for Kyrgyz and Russian embedded");

        myData.type("erase:password", PASSWORD);
        PortalPage notConfirmed = myData.submit("erase:submit");
        assertEquals(1, notConfirmed.errors().size(), "not without ticking the box");
        PortalPage erased = notConfirmed.type("erase:password", PASSWORD).tick("erase:confirmed").submit("erase:submit");

        assertEquals("/login.xhtml", erased.path().replaceAll("\\?.*", ""));
        assertFalse(erased.textOf("login-notice").isBlank(), "login-notice is shown");
        assertFalse(erased.isSignedIn());
        LoginPage login = new LoginPage(driver, base);
        login.signInAs(email, PASSWORD);
        assertEquals("Электрондук почта же сырсөз туура эмес.", new LoginPage(driver, base).errorMessage());

        HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base.toString().replaceAll("/$", "") + "/account/my-data.xhtml"))
                .header("Cookie", "JSESSIONID=" + otherSession).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, other.statusCode(), "the account's other session ends with it, without a server error");
        assertTrue(other.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?notice=sessionEnded"));
    }

    @Test
    void applyingAsAVisitorLeadsThroughRegistrationAndSignInBackToTheApplicationForm() {
        PortalPage home = PortalPage.open(driver, base, "/");
        home.followLink("register-link");
        assertEquals("/register.xhtml", home.path());
        String email = Registrant.registerConfirmed(driver, base, MAIL);
        new PortalPage(driver, base).signOut();

        String vacancy = Registrant.vacanciesOpenToEveryone(driver, base, "minjust").get(0);
        PortalPage.open(driver, base, "/vacancy.xhtml?id=" + vacancy);
        driver.findElement(By.id("apply")).click();
        PortalPage login = new PortalPage(driver, base);
        login.await().until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        assertFalse(login.textOf("login-continue").isBlank(), "the page says why it asks to sign in");
        PortalPage form = new LoginPage(driver, base).signInAs(email, PASSWORD);
        assertEquals("/account/apply.xhtml?vacancy=" + vacancy, form.path(), "back to the form the person asked for");
    }

    @Test
    void saveASearchFromTheSearchPageAndStopItsAlerts() {
        String email = newAddress();
        register(email, PASSWORD);
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();

        PortalPage search = PortalPage.open(driver, base, "/?q=%D1%8E%D1%80%D0%B8%D1%81%D1%82&region=BISHKEK");
        driver.findElement(By.id("save-search")).click();
        search.await().until(d -> d.getCurrentUrl().contains("save-search.xhtml"));
        PortalPage form = new PortalPage(driver, base);
        form.heading();
        PortalPage saved = form.type("save:name", "Юрист в Бишкеке").submit("save:submit");

        assertEquals("/account/searches.xhtml", saved.path());
        WebElement link = driver.findElement(By.cssSelector(".saved-search-link"));
        assertEquals("Юрист в Бишкеке", link.getText());
        assertTrue(link.getAttribute("href").contains("region=BISHKEK") && link.getAttribute("href").contains("q="),
                "the filters were kept: " + link.getAttribute("href"));
        String alertsOn = driver.findElement(By.cssSelector(".saved-search-alerts")).getText();
        saved = saved.submit("searches:saved:0:switch-alerts");
        assertNotEquals(alertsOn, driver.findElement(By.cssSelector(".saved-search-alerts")).getText());
        saved = saved.submit("searches:saved:0:delete-search");
        assertTrue(driver.findElements(By.cssSelector(".saved-search")).isEmpty(), "the search is deleted");
        assertFalse(saved.textOf("searches:no-searches").isBlank());
        saved.followLink("find-vacancies");
        assertEquals("/", saved.path(), "the empty list leads to the search");

        PortalPage unknown = PortalPage.open(driver, base, "/unsubscribe.xhtml?key=no-such-key");
        assertFalse(unknown.textOf("unsubscribe-unknown").isBlank(), "unsubscribe-unknown is shown");
    }

    private PortalPage register(String email, String password) {
        return Registrant.register(driver, base, email, password);
    }

    private static PortalPage fill(PortalPage form, String email, String password) {
        return Registrant.fill(form, email, password);
    }

    private static String newAddress() {
        return Registrant.newAddress();
    }

    private static String linkMailedTo(String email, String page) {
        return Registrant.linkMailedTo(MAIL, email, page);
    }
}
