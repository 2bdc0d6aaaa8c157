package kg.gov.kuzmat.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Ready only when the portal's database answers and holds every migration the application ships.
 * The EJB is looked up on each call (not injected): this library is a top-level bean archive and
 * cannot see the EJB jar's beans, and a lookup keeps the check answering DOWN, not failing, while the
 * EJB module is still starting or already gone.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "kuzmat-database";

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        DatabaseProbe probe;
        try {
            probe = (DatabaseProbe) new InitialContext().lookup(DatabaseProbe.JNDI_NAME);
        } catch (NamingException | RuntimeException notDeployed) {
            return response.down().withData("error", "database status bean not available: " + notDeployed).build();
        }
        DatabaseProbe.State state;
        try {
            state = probe.probe();
        } catch (RuntimeException failure) {
            return response.down().withData("error", String.valueOf(failure)).build();
        }
        response.status(state.up())
                .withData("reachable", state.reachable())
                .withData("schemaVersion", String.valueOf(state.current()))
                .withData("appliedMigrations", state.applied())
                .withData("pendingMigrations", state.pending())
                .withData("validated", state.valid());
        if (state.problem() != null) {
            response.withData("error", state.problem());
        }
        return response.build();
    }
}
