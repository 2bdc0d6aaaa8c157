package kg.gov.kuzmat.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import kg.gov.kuzmat.health.DatabaseProbe;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Answers the readiness check (kg.gov.kuzmat.health.DatabaseReadinessCheck in the EAR's lib/): is
 * the database reachable, and does it hold exactly the migrations this build ships? Read-only:
 * Flyway's info and validate never change the schema. Bean-managed, like {@link DatabaseMigration}:
 * Flyway uses its own connections and must not run inside a container transaction.
 */
@Stateless
@Local(DatabaseProbe.class)
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStatus implements DatabaseProbe {

    private static final int CONNECTION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    @Override
    public State probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(CONNECTION_TIMEOUT_SECONDS)) {
                return new State(false, null, 0, 0, false, "connection not valid");
            }
        } catch (Exception unreachable) {
            return new State(false, null, 0, 0, false, String.valueOf(unreachable));
        }
        try {
            Flyway flyway = DatabaseMigration.flyway(dataSource);
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            ValidateResult validation = flyway.validateWithResult();
            String problem = validation.validationSuccessful ? null : validation.getAllErrorMessages();
            return new State(true, current == null ? null : current.getVersion().getVersion(),
                    info.applied().length, info.pending().length, validation.validationSuccessful, problem);
        } catch (Exception failure) {
            return new State(false, null, 0, 0, false, String.valueOf(failure));
        }
    }
}
