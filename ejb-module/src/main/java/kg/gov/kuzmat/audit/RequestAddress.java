package kg.gov.kuzmat.audit;

/**
 * The address of the person whose request the current thread serves, set by the web module for the
 * length of each request, so that the audit can say where an action came from. Timers and other
 * work without a request leave it empty.
 */
public final class RequestAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestAddress() {
    }

    /** Called as a request begins; {@link #end()} must follow in a finally block. */
    public static void begin(String address) {
        CURRENT.set(address);
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The address of the request being served, or null without one (a timer, an in-container call). */
    public static String current() {
        return CURRENT.get();
    }
}
