package kg.gov.kuzmat.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-node cluster behind its balancer (server-config/scripts/cluster.sh) loses the node that
 * serves a signed-in applicant to {@code kill -9}: the applicant goes on in the same session on the
 * other node, without signing in again, finds the application submitted before the crash, and submits
 * another. Each cluster-wide timer runs on exactly one node before the crash and on the survivor after it. Run by the {@code cluster} profile (.ci/run), with the database of the PostgreSQL run.
 */
class ClusterFailover {

    private static final Path CLUSTER_SCRIPT = Path.of(System.getProperty("kuzmat.cluster.script", "server-config/scripts/cluster.sh"));
    private static final Path CLUSTER_DIR = CLUSTER_SCRIPT.getParent().getParent().resolve("target/cluster");

    /** Beans with cluster-wide timers: the mail outbox's retry and the overdue test attempts, every minute. */
    private static final List<String> TIMED_BEANS = List.of("singleton-bean=OutboxTimer", "stateless-session-bean=OverdueAttempts");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    private final URL balancer = url("http://127.0.0.1:8680/");
    private Browser browser;
    private WebDriver driver;

    @BeforeAll
    static void startTheCluster() throws Exception {
        cluster("start");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        cluster("stop");
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void theSessionAndTheApplicationSurviveKillingTheNodeThatServedThem() throws Exception {
        Registrant.registerConfirmed(driver, balancer, MAIL);
        Registrant.uploadCv(driver, balancer);

        List<String> vacancies = Registrant.vacanciesOpenToEveryone(driver, balancer, "minjust");
        String before = apply(vacancies.get(0));

        String served = node();
        PortalPage.open(driver, balancer, "/account/applications.xhtml");
        assertEquals(served, node(), "the balancer keeps a session on its node");
        for (String timed : TIMED_BEANS) {
            assertEquals(1, timers(timed, "node1") + timers(timed, "node2"), timed + ": one timer in the whole cluster");
        }
        kill9(served);
        String survivor = served.equals("node1") ? "node2" : "node1";
        for (String timed : TIMED_BEANS) {
            assertEquals(1, timersTakenOver(timed, survivor), timed + ": the survivor took the timer over");
        }

        PortalPage applications = PortalPage.open(driver, balancer, "/account/applications.xhtml");
        assertEquals("/account/applications.xhtml", applications.path(), "still signed in, not sent to the login page");
        assertNotEquals(served, node(), "served by the surviving node");
        assertTrue(driver.findElements(By.cssSelector(".application-number")).stream().anyMatch(n -> n.getText().equals(before)),
                "the application submitted before the crash is there: " + before);

        String after = apply(vacancies.get(1));
        assertNotEquals(before, after);
        PortalPage.open(driver, balancer, "/account/applications.xhtml");
        assertEquals(2, driver.findElements(By.cssSelector(".application-number")).size(), "both applications, nothing lost");
    }

    /**
     * How many timers of the bean (its management resource, e.g. singleton-bean=OutboxTimer) the node runs,
     * read from its management model: a persistent timer of a cluster appears only on the node that owns it.
     */
    private static int timers(String bean, String node) throws Exception {
        Process cli = new ProcessBuilder(CLUSTER_DIR.resolve(node + "/bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + (node.equals("node1") ? 10390 : 10490),
                "--command=/deployment=kuzmat.ear/subdeployment=kuzmat-ejb.jar/subsystem=ejb3/" + bean
                        + "/service=timer-service:read-resource(recursive=true, include-runtime=true)")
                .redirectErrorStream(true).start();
        String model = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cli.waitFor(60, TimeUnit.SECONDS) && model.contains("\"outcome\" => \"success\""), model);
        return model.split("\"persistent\" => true", -1).length - 1;
    }

    /** The survivor's count of the bean's timers once the cluster has handed the dead node's over (polled, 10 s at most). */
    private static int timersTakenOver(String bean, String node) throws Exception {
        int count = timers(bean, node);
        for (int attempt = 0; attempt < 10 && count != 1; attempt++) {
            Thread.sleep(1_000);
            count = timers(bean, node);
        }
        return count;
    }

    /** Applies to the vacancy with the one document and the three confirmations; answers the registration number. */
    private String apply(String vacancyId) {
        PortalPage applied = Registrant.confirmAndSubmit(driver,
                PortalPage.open(driver, balancer, "/account/apply.xhtml?vacancy=" + vacancyId), true);
        assertEquals("/account/applications.xhtml", applied.path().replaceAll("\\?.*", ""), applied.errors().toString());
        return applied.textOf("application-submitted").replaceAll(".*(KZ-\\d{4}-\\d{7}).*", "$1");
    }

    /** The node that holds the session: the route at the end of the session id (JSESSIONID=….node1). */
    private String node() {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        return session.substring(session.lastIndexOf('.') + 1);
    }

    private static void kill9(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(CLUSTER_DIR.resolve(node + ".pid")).strip());
        ProcessHandle java = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
        assertTrue(java.destroyForcibly(), "SIGKILL sent to " + node);
        java.onExit().get(30, TimeUnit.SECONDS);
    }

    private static void cluster(String command) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", CLUSTER_SCRIPT.toString(), command).inheritIO();
        script.environment().put("KUZMAT_DEMO_DATA", "true");
        script.environment().put("KUZMAT_MAIL_PORT", "3125");
        // As on the test server (arquillian.xml): every browser test comes from 127.0.0.1, and the counters
        // of the tests before this one are in the same database.
        script.environment().put("KUZMAT_NODE_OPTS", "-Dkuzmat.rate.sign-ins-per-address=100000"
                + " -Dkuzmat.rate.registrations-per-address=100000 -Dkuzmat.rate.resets-per-address=100000");
        Process run = script.start();
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "cluster.sh " + command + " in time");
        assertEquals(0, run.exitValue(), "cluster.sh " + command);
    }

    private static URL url(String address) {
        try {
            return new URL(address);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
