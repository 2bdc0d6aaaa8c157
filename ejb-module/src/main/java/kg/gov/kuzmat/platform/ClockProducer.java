package kg.gov.kuzmat.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": deadlines and lockouts are judged on the server's clock in Bishkek time. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BISHKEK);
    }
}
