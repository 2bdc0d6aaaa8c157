package kg.gov.kuzmat.testing;

import jakarta.ejb.EJBAccessException;
import kg.gov.kuzmat.platform.BusinessException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on how the service layer refuses a call. */
public final class Refusals {

    private Refusals() {
    }

    /** The container refused the call for the caller's roles (possibly wrapped by an intermediate bean). */
    public static void assertAccessDenied(Executable call) {
        assertRefusedBecauseOf(EJBAccessException.class, call);
    }

    /** The call failed because of the given exception, however deep the container wrapped it. */
    public static void assertRefusedBecauseOf(Class<? extends Throwable> reason, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (reason.isInstance(cause)) {
                return;
            }
        }
        fail("Expected a refusal because of " + reason.getSimpleName() + ", but got " + thrown);
    }

    /** The service refused with a business reason the user is told. */
    public static void assertRefusedWith(String messageKey, Executable call) {
        BusinessException refusal = assertThrows(BusinessException.class, call);
        assertEquals(messageKey, refusal.getMessageKey());
    }
}
