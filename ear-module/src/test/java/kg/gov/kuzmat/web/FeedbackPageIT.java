package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen writes through the feedback form; an administrator answers from the inbox; the answer arrives by mail. */
class FeedbackPageIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    @Test
    void aMessageIsAnsweredFromTheInboxByMail() throws Exception {
        String email = "it-writer-" + UUID.randomUUID().toString().substring(0, 8) + "@kuzmat.test";
        String question = "Кантип арызымды кайтарып алам? " + UUID.randomUUID();
        PortalPage form = PortalPage.open(driver, base, "/feedback.xhtml");
        PortalPage refused = form.type("feedback:name", "Айгүл").type("feedback:email", "someone@localhost")
                .type("feedback:message", question).submit("feedback:send");
        assertEquals(1, refused.errors().size(), "a wrong address is refused and said why");
        assertEquals(question, driver.findElement(By.id("feedback:message")).getAttribute("value"), "the message is kept");
        PortalPage sent = refused.type("feedback:email", email).submit("feedback:send");
        assertFalse(sent.textOf("feedback-sent").isBlank());

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        PortalPage inbox = PortalPage.open(driver, base, "/admin/feedback.xhtml");
        WebElement message = driver.findElements(By.cssSelector(".feedback-message")).stream()
                .filter(m -> m.getText().contains(question)).findFirst().orElseThrow();
        message.findElement(By.tagName("textarea")).sendKeys("«Менин арыздарым» барагынан, мөөнөт бүткөнгө чейин.");
        String button = message.findElement(By.cssSelector("button[id^='inbox:'][id$=':send-answer']")).getAttribute("id");
        inbox = inbox.submit(button);
        assertTrue(inbox.errors().isEmpty(), inbox.errors().toString());

        long deadline = System.currentTimeMillis() + 20_000;
        boolean answered = false;
        while (!answered && System.currentTimeMillis() < deadline) {
            answered = Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> to(m, email) && body(m).contains("Менин арыздарым"));
            Thread.sleep(200);
        }
        assertTrue(answered, "the answer reached the writer's mailbox");
    }

    private static boolean to(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            return "";
        }
    }
}
