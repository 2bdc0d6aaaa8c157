package kg.gov.kuzmat.mail;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox: mail of a committed change waits until the mail server takes it, mail of a rolled-back
 * change never exists. The test server has no mail server at its configured port, so every attempt
 * here fails, and is retried (every 3 s in tests, arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private TestData testData;

    private static String address() {
        return TestData.unique("it-outbox") + "@kuzmat.test";
    }

    @Test
    void aRolledBackChangeMailsNothing() {
        String to = address();

        assertThrows(BusinessException.class, () -> testData.mailAndRollBack(new Mail(to, "Subject", "Text")));

        assertEquals(List.of(), testData.outboxTo(to));
    }

    @Test
    void mailTheServerCannotTakeIsKeptAndTriedAgain() throws InterruptedException {
        String to = address();

        testData.mailAndCommit(new Mail(to, "Subject", "Text"));

        long deadline = System.currentTimeMillis() + 30_000;
        List<Object[]> rows = testData.outboxTo(to);
        while (System.currentTimeMillis() < deadline && (rows.isEmpty() || ((Number) rows.get(0)[0]).intValue() < 2)) {
            Thread.sleep(500);
            rows = testData.outboxTo(to);
        }
        assertEquals(1, rows.size(), "queued once");
        assertTrue(((Number) rows.get(0)[0]).intValue() >= 2, "tried after commit, then again");
        assertNull(rows.get(0)[1], "not sent: the mail server is down");
        assertNotNull(rows.get(0)[2], "another attempt is scheduled");
    }
}
