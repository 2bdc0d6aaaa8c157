package kg.gov.kuzmat.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.SampleContent;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Creates the data a test needs, with fresh codes and addresses, in its own transaction. */
@Stateless
@PermitAll
public class TestData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Agency agency() {
        String code = unique("it");
        Agency agency = new Agency(code, new LocalizedName("Сынак органы " + code, "Тестовый орган " + code,
                "Test agency " + code), AgencyType.STATE, Region.TALAS);
        em.persist(agency);
        return agency;
    }

    /** Makes {@code email} an HR officer of the agency, replacing whatever account had that address. */
    public void hrOfficer(String email, Agency agency) {
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .ifPresent(existing -> {
                    em.createNativeQuery("DELETE FROM user_account_role WHERE user_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM user_account WHERE id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                });
        em.persist(new UserAccount(email, hasher.hash(UUID.randomUUID().toString()), Set.of(Role.HR_OFFICER),
                em.merge(agency), Instant.now()));
    }

    public UserAccount applicant(String password) {
        UserAccount account = new UserAccount(unique("it-applicant") + "@kuzmat.test", hasher.hash(password),
                Set.of(Role.APPLICANT), null, Instant.now());
        em.persist(account);
        return account;
    }

    public UserAccount account(String email) {
        return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", email).getSingleResult();
    }

    /** Publishes {@code count} vacancies of the agency whose titles carry the word: a common word. */
    public void publishManyWithWord(Agency agency, String word, int count) {
        Agency managed = em.merge(agency);
        Clock clock = Clock.system(ClockProducer.BISHKEK);
        for (int i = 0; i < count; i++) {
            Vacancy vacancy = new Vacancy(managed, SampleContent.withTitleAndDeadline(word + " " + i,
                    LocalDate.now(clock).plusDays(20)));
            vacancy.publish(clock);
            em.persist(vacancy);
        }
    }

    /** Time travel for one vacancy: its last day for applications was yesterday. */
    public void moveDeadlineToYesterday(long vacancyId) {
        em.createNativeQuery("UPDATE vacancy SET application_deadline = ?1 WHERE id = ?2")
                .setParameter(1, LocalDate.now(ClockProducer.BISHKEK).minusDays(1))
                .setParameter(2, vacancyId)
                .executeUpdate();
    }

    /** The class behind the JPA EntityManager: proof of which provider the server runs. */
    public String persistenceProviderClass() {
        return em.getDelegate().getClass().getName();
    }

    public Number appliedMigrations() {
        return (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE").getSingleResult();
    }
}
