package kg.gov.kuzmat.health;

/**
 * The database's state as the EJB module sees it: it owns the datasource and the migrations
 * (classpath:db/migration lives in kuzmat-ejb.jar, which this library cannot see). Implemented by
 * the EJB {@code kg.gov.kuzmat.platform.DatabaseStatus}, looked up by {@link DatabaseReadinessCheck}.
 */
public interface DatabaseProbe {

    /** JNDI name of the implementing EJB's local view. */
    String JNDI_NAME = "java:global/kuzmat/kuzmat-ejb/DatabaseStatus!kg.gov.kuzmat.health.DatabaseProbe";

    State probe();

    /**
     * @param reachable  a connection was obtained and answered within the timeout
     * @param current    the schema version recorded in Flyway's history table (null if none)
     * @param applied    migrations successfully applied
     * @param pending    migrations in the application that the database does not have yet
     * @param valid      Flyway's validation (checksums, failed or missing migrations) passed
     * @param problem    first error or validation message, or null
     */
    record State(boolean reachable, String current, int applied, int pending, boolean valid, String problem)
            implements java.io.Serializable {

        public boolean up() {
            return reachable && valid && pending == 0;
        }
    }
}
