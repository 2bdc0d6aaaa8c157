package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen registering in the browser, with fresh data each time, and the mails the portal sends them. */
final class Registrant {

    static final String PASSWORD = "Chong-Kemin-Song-Kol";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LINK = Pattern.compile("(http://\\S+\\?token=[A-Za-z0-9_-]+)");

    private Registrant() {
    }

    static String newAddress() {
        return "it-browser-" + UUID.randomUUID().toString().substring(0, 8) + "@kuzmat.test";
    }

    /** Fills the registration form with a fresh, valid personal number (not the consent box). */
    static PortalPage fill(PortalPage form, String email, String password) {
        LocalDate birthDate = LocalDate.of(1970, 1, 1).plusDays(RANDOM.nextInt(30 * 365));
        String pin = "2" + birthDate.format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "%05d".formatted(RANDOM.nextInt(100_000));
        return form.type("registration:email", email)
                .type("registration:password", password)
                .type("registration:surname", "Осмонов")
                .type("registration:givenName", "Бакыт")
                .type("registration:personalNumber", pin)
                .date("registration:birthDate", birthDate)
                .type("registration:phone", "+996 555 98 76 54");
    }

    static PortalPage register(WebDriver driver, URL base, String email, String password) {
        PortalPage form = fill(PortalPage.open(driver, base, "/register.xhtml"), email, password);
        form.tick("registration:policyAccepted");
        PortalPage answer = form.submit("registration:submit");
        assertTrue(answer.errors().isEmpty(), answer.errors().toString());
        assertFalse(answer.textOf("registration-done").isBlank(), "registered");
        return answer;
    }

    /** Registers, opens the confirmation link from the mail, signs in and accepts the policy; answers the e-mail. */
    static String registerConfirmed(WebDriver driver, URL base, GreenMailExtension mail) {
        String email = newAddress();
        register(driver, base, email, PASSWORD);
        driver.get(linkMailedTo(mail, email, "/confirm-email.xhtml"));
        PortalPage.open(driver, base, "/").goToSignIn().signInAs(email, PASSWORD).acceptPolicyIfAsked();
        return email;
    }

    /** Waits for the mail to the address whose text holds the words, and returns its text. */
    static String mailTo(GreenMailExtension mail, String email, String words) {
        return awaitMail(mail, email, text -> text.contains(words), "with " + words);
    }

    /** Waits for the mail to the address whose link leads to the page, and returns that link. */
    static String linkMailedTo(GreenMailExtension mail, String email, String page) {
        Matcher link = LINK.matcher(awaitMail(mail, email, text -> {
            Matcher found = LINK.matcher(text);
            return found.find() && found.group(1).contains(page);
        }, "with a link to " + page));
        link.find();
        return link.group(1);
    }

    private static String awaitMail(GreenMailExtension mail, String email, Predicate<String> wanted, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        try {
            while (System.currentTimeMillis() < deadline) {
                for (MimeMessage message : mail.getReceivedMessages()) {
                    String text = String.valueOf(message.getContent());
                    if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(email)) && wanted.test(text)) {
                        return text;
                    }
                }
                Thread.sleep(200);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new AssertionError("No mail to " + email + " " + what);
    }

    /**
     * The ids of the agency's open vacancies that anyone may apply to, newest first: not those that other
     * tests opened to the personnel reserve first.
     */
    static List<String> vacanciesOpenToEveryone(WebDriver driver, URL base, String agencyCode) {
        PortalPage.open(driver, base, "/agency.xhtml?code=" + agencyCode);
        List<String> links = driver.findElements(By.cssSelector(".vacancy-table .vacancy-title")).stream()
                .map(link -> link.getAttribute("href")).toList();
        List<String> open = new ArrayList<>();
        for (String link : links) {
            driver.get(link);
            new PortalPage(driver, base).heading();
            if (driver.findElements(By.id("reserve-first")).isEmpty() && !driver.findElements(By.id("apply")).isEmpty()) {
                open.add(link.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            }
        }
        return open;
    }

    /** On the documents page, uploads a small PDF as the signed-in applicant's CV; answers the file sent. */
    static Path uploadCv(WebDriver driver, URL base) throws IOException {
        return uploadCv(driver, base, Files.createTempFile("cv", ".pdf"));
    }

    /** The same, with the file's name chosen as people choose it ("CV_Osmonov.pdf"). */
    static Path uploadCv(WebDriver driver, URL base, String fileName) throws IOException {
        return uploadCv(driver, base, Files.createTempDirectory("upload").resolve(fileName));
    }

    private static Path uploadCv(WebDriver driver, URL base, Path pdf) throws IOException {
        PortalPage documents = PortalPage.open(driver, base, "/account/documents.xhtml");
        int before = driver.findElements(By.cssSelector(".document-row")).size();
        Files.write(pdf, "%PDF-1.4\nрезюме\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        driver.findElement(By.cssSelector("[id='documents:upload'] input[type=file]")).sendKeys(pdf.toString());
        documents.await().until(d -> d.findElements(By.cssSelector(".document-row")).size() == before + 1);
        return pdf;
    }

    /** On an open application form: ticks the first document if asked, gives the three confirmations, submits. */
    static PortalPage confirmAndSubmit(WebDriver driver, PortalPage form, boolean withFirstDocument) {
        if (withFirstDocument) {
            form.check(By.cssSelector("[id='apply:documents'] input[type=checkbox]"));
        }
        return form.check(By.id("apply:processingConsent"))
                .check(By.id("apply:antiCorruption"))
                .check(By.id("apply:accuracy"))
                .submit("apply:submit");
    }
}
