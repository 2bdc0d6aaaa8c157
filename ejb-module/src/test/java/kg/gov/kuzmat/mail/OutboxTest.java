package kg.gov.kuzmat.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the outbox writes to the log and to its error column names no person. */
class OutboxTest {

    @Test
    void aMailServersRefusalLosesTheAddressesItNames() {
        assertEquals("jakarta.mail.SendFailedException: 550 5.1.1 <address>: Recipient address rejected; from <address>",
                Outbox.withoutAddresses("jakarta.mail.SendFailedException: 550 5.1.1 <aizhan.osmonova@mail.kg>: Recipient address rejected;"
                        + " from portal@kuzmat.kg"));
        assertEquals("Connection refused", Outbox.withoutAddresses("Connection refused"));
        assertNull(Outbox.withoutAddresses(null));
    }
}
