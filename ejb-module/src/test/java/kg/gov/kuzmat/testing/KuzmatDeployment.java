package kg.gov.kuzmat.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Objects;

/**
 * The one test deployment of the service layer: every class of the EJB module and of its tests,
 * its persistence unit and migrations, and the libraries the EAR's lib/ would hold.
 */
public final class KuzmatDeployment {

    private KuzmatDeployment() {
    }

    public static WebArchive services() {
        File[] libraries = Objects.requireNonNull(new File("target/deployment-libs").listFiles(),
                "target/deployment-libs is filled by the build before the integration tests");
        return ShrinkWrap.create(WebArchive.class, "kuzmat-services-test.war")
                .addPackages(true, "kg.gov.kuzmat")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource(new File("target/classes/db/migration"), "db/migration")
                // Texts the services read: the first privacy policy, and the mails.
                .addAsResource(new File("target/classes/kg/gov/kuzmat/privacy"), "kg/gov/kuzmat/privacy")
                .addAsResource(new File("target/classes/kg/gov/kuzmat/mail"), "kg/gov/kuzmat/mail")
                .addAsWebInfResource(new File("src/main/resources/META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(libraries);
    }
}
