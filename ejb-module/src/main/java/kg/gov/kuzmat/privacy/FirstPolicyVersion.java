package kg.gov.kuzmat.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.LocalizedName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Agency's policy as given to us (Russian original, with our Kyrgyz and English translations) is
 * version 1. It is stored when the portal first starts, dated that day: the day the portal began
 * collecting data under it. Every later revision is published by an administrator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstPolicyVersion {

    private static final String TEXTS = "/kg/gov/kuzmat/privacy/privacy-policy-v1.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void storeIfMissing() {
        boolean stored = !em.createNamedQuery("PolicyVersion.byNumber", PolicyVersion.class)
                .setParameter("number", 1).getResultList().isEmpty();
        if (!stored) {
            em.persist(new PolicyVersion(1, LocalDate.now(clock),
                    new LocalizedName(read("ky"), read("ru"), read("en")), clock.instant()));
        }
    }

    static String read(String language) {
        try (InputStream in = Objects.requireNonNull(FirstPolicyVersion.class.getResourceAsStream(TEXTS + language + ".md"),
                "policy text " + language)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The privacy policy is missing from the build", e);
        }
    }
}
