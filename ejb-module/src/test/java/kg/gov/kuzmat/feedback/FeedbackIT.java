package kg.gov.kuzmat.feedback;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.testing.AsAdministrator;
import kg.gov.kuzmat.testing.AsHrOfficer;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.SentMails;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static kg.gov.kuzmat.testing.Refusals.assertAccessDenied;
import static kg.gov.kuzmat.testing.Refusals.assertRefusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feedback reaches the administrators' inbox and their mail, is answered by mail, and is limited per address. */
@ExtendWith(ArquillianExtension.class)
class FeedbackIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private Feedback feedback;

    @EJB
    private TestData testData;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsHrOfficer hr;

    @Inject
    private SentMails mails;

    @Test
    void aMessageReachesTheInboxIsAnsweredByMailAndTheAddressIsLimited() throws Exception {
        String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        String email = TestData.unique("it-feedback") + "@kuzmat.test";
        String text = "Как исправить ПИН в анкете? " + UUID.randomUUID();
        String administration = TestData.unique("it-administration") + "@kuzmat.test";
        // The test runs inside the server: the administration's address is set as its administrator would.
        System.setProperty(Feedback.ADMIN_EMAIL_PROPERTY, administration);
        try {
            feedback.send("Айгүл", email, text, "ru", address);
        } finally {
            System.clearProperty(Feedback.ADMIN_EMAIL_PROPERTY);
        }
        FeedbackMessage received = administrator.call(() -> feedback.inbox()).stream()
                .filter(m -> m.getMessage().equals(text)).findFirst().orElseThrow();
        assertTrue(mails.to(administration).stream().anyMatch(m -> m.text().contains("/admin/feedback.xhtml")
                && m.text().contains(String.valueOf(received.getId())) && !m.text().contains(text) && !m.text().contains(email)),
                "the administration is told a message waits in the inbox, without its text or its sender's address");
        assertEquals(address, received.getAddress());
        assertAccessDenied(() -> hr.call(() -> feedback.inbox()));

        administrator.call(() -> feedback.answer(received.getId(), "ПИН исправляется в анкете, раздел «Личность»."));
        assertTrue(mails.to(email).stream().anyMatch(m -> m.text().contains("раздел «Личность»") && m.text().contains(text)),
                "the answer, quoting the message, went to the sender in their language");
        assertRefusedWith("feedback.alreadyAnswered", () -> administrator.call(() -> feedback.answer(received.getId(), "ещё раз")));
        assertNotNull(administrator.call(() -> feedback.inbox()).stream().filter(m -> m.getId().equals(received.getId()))
                .findFirst().orElseThrow().getAnsweredAt());

        for (int i = 1; i < Feedback.perHour(); i++) {
            feedback.send("Айгүл", email, "Ещё вопрос номер " + i, "ru", address);
        }
        assertRefusedWith("feedback.tooMany", () -> feedback.send("Айгүл", email, "Шестое сообщение за час", "ru", address));
        feedback.send("Бакыт", email, "Другой адрес, другой счёт", "ky", address + "1");

        assertRefusedWith("feedback.emailInvalid", () -> feedback.send("Айгүл", "not-an-address", "Сообщение без адреса", "ru", "10.0.0.1"));
        assertRefusedWith("feedback.messageTooShort", () -> feedback.send("Айгүл", email, "коротко", "ru", "10.0.0.1"));
        assertRefusedWith("feedback.nameRequired", () -> feedback.send(" ", email, "Сообщение без имени", "ru", "10.0.0.1"));
    }

    @Test
    void parallelMessagesFromOneAddressPassOnlyAsManyAsTheLimit() throws Exception {
        String address = "10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        String email = TestData.unique("it-feedback") + "@kuzmat.test";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> sends = new ArrayList<>();
        // The test server allows more (its browser tests all come from one address); here, the default.
        String configured = System.getProperty(Feedback.PER_HOUR_PROPERTY);
        System.setProperty(Feedback.PER_HOUR_PROPERTY, "5");
        try {
            for (int i = 0; i < 20; i++) {
                String text = "Параллельное сообщение номер " + i;
                sends.add(pool.submit(() -> {
                    try {
                        feedback.send("Айгүл", email, text, "ru", address);
                        return true;
                    } catch (BusinessException refused) {
                        assertEquals("feedback.tooMany", refused.getMessageKey());
                        return false;
                    }
                }));
            }
            long accepted = 0;
            for (Future<Boolean> send : sends) {
                accepted += send.get() ? 1 : 0;
            }
            assertEquals(5, accepted, "exactly the limit passes, however many arrive at once");
        } finally {
            pool.shutdownNow();
            if (configured == null) {
                System.clearProperty(Feedback.PER_HOUR_PROPERTY);
            } else {
                System.setProperty(Feedback.PER_HOUR_PROPERTY, configured);
            }
        }
    }
}
