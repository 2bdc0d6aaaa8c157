package kg.gov.kuzmat.platform;

import jakarta.ejb.EJB;
import kg.gov.kuzmat.testing.KuzmatDeployment;
import kg.gov.kuzmat.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer's stack: EclipseLink (not WildFly's Hibernate) over a schema made by the migrations. */
@ExtendWith(ArquillianExtension.class)
class PersistenceStackIT {

    @Deployment
    static WebArchive deployment() {
        return KuzmatDeployment.services();
    }

    @EJB
    private TestData testData;

    @Test
    void theJpaProviderIsEclipseLink() {
        assertEquals("org.eclipse.persistence.internal.jpa.EntityManagerImpl", testData.persistenceProviderClass());
    }

    @Test
    void everyMigrationHasBeenApplied() {
        int[] scriptsAndPending = testData.migrationScriptsAndPending();
        assertTrue(scriptsAndPending[0] >= 24, "the build's scripts are found: " + scriptsAndPending[0]);
        assertEquals(0, scriptsAndPending[1], "no script is left unapplied");
    }
}
