package kg.gov.kuzmat.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema to the newest version once per deployment, before any other start-up bean or
 * request uses it (they declare {@code @DependsOn("DatabaseMigration")}). Flyway manages its own
 * transactions, so this bean must not run inside a container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    /**
     * The portal's migrations over the datasource: what is applied at start, what readiness checks, and
     * what the persistence test compares with the scripts the build holds.
     */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway(dataSource);
        // A packaging mistake must stop the deployment, not leave the portal running on no schema.
        if (flyway.info().all().length == 0) {
            throw new IllegalStateException("No database migrations found in classpath:db/migration");
        }
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Flyway: schema at version " + flyway.info().current().getVersion()
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }
}
