package kg.gov.kuzmat.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The EAR exactly as the build assembled it: what the tests of the assembled portal deploy. */
public final class AssembledPortal {

    private AssembledPortal() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("kuzmat.ear")));
    }
}
