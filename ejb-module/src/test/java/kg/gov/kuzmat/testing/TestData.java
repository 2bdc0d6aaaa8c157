package kg.gov.kuzmat.testing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.applicant.Applicant;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.PersonalNumber;
import kg.gov.kuzmat.applicant.Registration;
import kg.gov.kuzmat.exam.BankLoading;
import kg.gov.kuzmat.exam.TopicShare;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.platform.DatabaseMigration;
import kg.gov.kuzmat.privacy.Consent;
import kg.gov.kuzmat.privacy.PolicyVersion;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.selection.ApplicationSnapshot;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.SampleContent;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyContent;
import kg.gov.kuzmat.vacancy.VacancyDrafting;

import org.flywaydb.core.api.MigrationInfoService;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates the data a test needs, with fresh codes and addresses, in its own transaction. */
@Stateless
@PermitAll
public class TestData {

    @Inject
    private BankLoading bankLoading;

    @Resource(lookup = "java:jboss/datasources/KuzmatDS")
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<Mail> mail;

    @EJB
    private VacancyDrafting drafting;

    public static final String STRONG_PASSWORD = "Tulpar-Kara-Suu-Alatoo";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Jsonb JSONB = JsonbBuilder.create();

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
                    em.createNativeQuery("DELETE FROM audit_entry WHERE subject_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM user_account_role WHERE user_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM user_account WHERE id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                });
        UserAccount officer = new UserAccount(email, hasher.hash(UUID.randomUUID().toString()), Set.of(Role.HR_OFFICER),
                em.merge(agency), Instant.now());
        officer.confirmEmail(Instant.now());
        em.persist(officer);
    }

    public UserAccount applicant(String password) {
        UserAccount account = new UserAccount(unique("it-applicant") + "@kuzmat.test", hasher.hash(password),
                Set.of(Role.APPLICANT), null, Instant.now());
        account.confirmEmail(Instant.now());
        em.persist(account);
        return account;
    }

    /** A registration that passes every rule, with a fresh personal number, for the current policy. */
    public Registration registration(String email) {
        LocalDate birthDate = LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(40 * 365));
        String pin = (RANDOM.nextBoolean() ? "1" : "2") + birthDate.format(DateTimeFormatter.ofPattern("ddMMyyyy"))
                + "%05d".formatted(RANDOM.nextInt(100_000));
        return new Registration(email, STRONG_PASSWORD, new Identity("Осмонова", "Нурзат", null, pin, birthDate,
                "+996 700 11 22 33"), PolicyVersion.current(em).getNumber(), true, "ru");
    }

    /** Removes whatever account had the address, with everything that points to it. */
    public void removeAccount(String email) {
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .ifPresent(existing -> {
                    em.createNativeQuery("DELETE FROM reserve_entry WHERE user_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    for (String table : List.of("exam_answer", "exam_attempt_event")) {
                        em.createNativeQuery("DELETE FROM " + table + " WHERE attempt_id IN "
                                + "(SELECT id FROM exam_attempt WHERE account_id = ?1)")
                                .setParameter(1, existing.getId()).executeUpdate();
                    }
                    em.createNativeQuery("DELETE FROM exam_attempt WHERE account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM disclosure_export WHERE request_id IN "
                            + "(SELECT id FROM disclosure_request WHERE subject_account_id = ?1)")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM disclosure_request WHERE subject_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM audit_entry WHERE subject_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    for (String table : List.of("application_document", "application_event", "interview_score", "appeal",
                            "interview_recording")) {
                        em.createNativeQuery("DELETE FROM " + table + " WHERE application_id IN "
                                + "(SELECT id FROM application WHERE applicant_account_id = ?1)")
                                .setParameter(1, existing.getId()).executeUpdate();
                    }
                    em.createNativeQuery("DELETE FROM application WHERE applicant_account_id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                    em.createNativeQuery("DELETE FROM applicant_document_content WHERE document_id IN "
                            + "(SELECT id FROM applicant_document WHERE applicant_id = ?1)")
                            .setParameter(1, existing.getId()).executeUpdate();
                    for (String table : List.of("applicant_document", "applicant_education", "applicant_experience",
                            "applicant_language")) {
                        em.createNativeQuery("DELETE FROM " + table + " WHERE applicant_id = ?1")
                                .setParameter(1, existing.getId()).executeUpdate();
                    }
                    for (String table : List.of("consent", "account_token", "saved_search", "personal_data_access", "applicant",
                            "user_account_role")) {
                        em.createNativeQuery("DELETE FROM " + table + " WHERE user_account_id = ?1")
                                .setParameter(1, existing.getId()).executeUpdate();
                    }
                    em.createNativeQuery("DELETE FROM user_account WHERE id = ?1")
                            .setParameter(1, existing.getId()).executeUpdate();
                });
    }

    /** Time travel for every token of the account: they were issued long ago. */
    public void expireTokens(String email) {
        em.createNativeQuery("UPDATE account_token SET expires_at = ?1 WHERE user_account_id = ?2")
                .setParameter(1, timestamp(Instant.now().minusSeconds(1)))
                .setParameter(2, account(email).getId())
                .executeUpdate();
    }

    public List<Consent> consents(String email) {
        return em.createNamedQuery("Consent.ofAccount", Consent.class)
                .setParameter("account", account(email)).getResultList();
    }

    public Optional<Applicant> applicant(long accountId) {
        return Optional.ofNullable(em.find(Applicant.class, accountId));
    }

    public Applicant applicantByPin(String personalNumber) {
        return em.createQuery("SELECT a FROM Applicant a WHERE a.personalNumber = :pin", Applicant.class)
                .setParameter("pin", personalNumber).getResultStream().findFirst().orElse(null);
    }

    /**
     * The tables (and columns) in which any of the values still appears, reading every row of every
     * table of the portal's schema: proof that an erasure left nothing behind.
     */
    public List<String> placesHolding(List<String> values) {
        List<String> places = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").getResultList();
        for (String table : tables) {
            if (table.equals("flyway_schema_history")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT * FROM \"" + table + "\"").getResultList();
            for (Object row : rows) {
                Object[] cells = row instanceof Object[] array ? array : new Object[]{row};
                for (Object cell : cells) {
                    String text = cell instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : String.valueOf(cell);
                    values.stream().filter(text::contains).forEach(value -> places.add(table + ": " + value));
                }
            }
        }
        return places;
    }

    /** A change that mails and commits. */
    public void mailAndCommit(Mail message) {
        mail.fire(message);
    }

    /** A change that mails and is then refused: rolled back, mail and all. */
    public void mailAndRollBack(Mail message) {
        mail.fire(message);
        throw new BusinessException("test.refused");
    }

    /** The outbox rows to the address: attempts so far, and whether one was sent. */
    public List<Object[]> outboxTo(String recipient) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT attempts, sent_at, next_attempt_at FROM mail_outbox WHERE recipient = ?1")
                .setParameter(1, recipient).getResultList();
        return rows;
    }

    /** Time travel for a reserve: every place of the account ends on the given day. */
    public void reserveEndsOn(String email, LocalDate day) {
        em.createNativeQuery("UPDATE reserve_entry SET entered_on = ?1, expires_on = ?2 WHERE user_account_id = ?3")
                .setParameter(1, day.minusYears(1)).setParameter(2, day).setParameter(3, account(email).getId())
                .executeUpdate();
    }

    /** Time travel for an application: everything on its timeline happened that many days earlier. */
    public void ageTimeline(long applicationId, int days) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT id, happened_at FROM application_event WHERE application_id = ?1")
                .setParameter(1, applicationId).getResultList();
        for (Object[] event : events) {
            Instant happened = ((java.sql.Timestamp) event[1]).toInstant();
            em.createNativeQuery("UPDATE application_event SET happened_at = ?1 WHERE id = ?2")
                    .setParameter(1, timestamp(happened.minus(Duration.ofDays(days)))).setParameter(2, event[0]).executeUpdate();
        }
    }

    /** Time travel for recordings: the retention of every recording of the application ended yesterday. */
    public void recordingsExpired(long applicationId) {
        em.createNativeQuery("UPDATE interview_recording SET retain_until = ?1 WHERE application_id = ?2")
                .setParameter(1, LocalDate.now().minusDays(1)).setParameter(2, applicationId).executeUpdate();
    }

    public long competitionVersion(long vacancyId) {
        return ((Number) em.createNativeQuery("SELECT version FROM competition WHERE vacancy_id = ?1")
                .setParameter(1, vacancyId).getSingleResult()).longValue();
    }

    public void confirmEmail(String email) {
        account(email).confirmEmail(Instant.now());
    }

    public boolean accountExists(String email) {
        return !em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", email).getResultList().isEmpty();
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

    /** A vacancy of the agency, published today, open for 20 days. */
    public long publishedVacancy(Agency agency) {
        Clock clock = Clock.system(ClockProducer.BISHKEK);
        Vacancy vacancy = new Vacancy(em.merge(agency), SampleContent.withTitleAndDeadline(unique("Специалист"),
                LocalDate.now(clock).plusDays(20)));
        vacancy.publish(clock);
        em.persist(vacancy);
        em.flush();
        return vacancy.getId();
    }

    /**
     * Publishes, as the calling HR officer, a new vacancy of the same agency and position group as the
     * given one, through the service, so that whoever is told of publications is told.
     */
    public long publishedVacancyLike(long vacancyId) {
        return publishedVacancyLike(vacancyId, null);
    }

    /** The same, open to the personnel reserve first until the day given. */
    public long publishedVacancyLike(long vacancyId, LocalDate reserveOnlyUntil) {
        Vacancy like = em.find(Vacancy.class, vacancyId);
        VacancyContent content = SampleContent.withTitleAndDeadline(unique("Ещё один специалист"),
                LocalDate.now(ClockProducer.BISHKEK).plusDays(20));
        VacancyContent sameGroup = new VacancyContent(content.title(), content.structuralUnit(), like.getPositionGroup(),
                content.competitionType(), content.duties(), content.educationLevel(), content.minServiceYears(),
                content.minExperienceYears(), content.stateLanguageLevel(), content.officialLanguageLevel(),
                content.otherRequirements(), content.salaryMin(), content.salaryMax(), content.region(), content.city(),
                content.applicationDeadline(), content.contact());
        Vacancy draft = drafting.createDraft(sameGroup);
        em.flush();
        if (reserveOnlyUntil != null) {
            draft = drafting.reserveFirstUntil(draft.getId(), draft.getVersion(), reserveOnlyUntil);
            em.flush();
        }
        return drafting.publish(draft.getId(), draft.getVersion()).getId();
    }

    /** Time travel for one vacancy: its last day for applications was yesterday. */
    public void moveDeadlineToYesterday(long vacancyId) {
        em.createNativeQuery("UPDATE vacancy SET application_deadline = ?1 WHERE id = ?2")
                .setParameter(1, LocalDate.now(ClockProducer.BISHKEK).minusDays(1))
                .setParameter(2, vacancyId)
                .executeUpdate();
    }

    /** Time travel for a vacancy: its application deadline passed that many years (and a few days) ago. */
    public void deadlineYearsAgo(long vacancyId, int years) {
        em.createNativeQuery("UPDATE vacancy SET application_deadline = ?1 WHERE id = ?2")
                .setParameter(1, LocalDate.now(ClockProducer.BISHKEK).minusYears(years).minusDays(3))
                .setParameter(2, vacancyId)
                .executeUpdate();
    }

    /** Time travel for a test attempt: its time ran out a second ago. */
    public void attemptTimeRanOut(long attemptId) {
        em.createNativeQuery("UPDATE exam_attempt SET ends_at = ?1 WHERE id = ?2")
                .setParameter(1, timestamp(Instant.now().minusSeconds(1))).setParameter(2, attemptId).executeUpdate();
    }

    /** What an attempt's log recorded, in order. */
    public List<String> attemptLog(long attemptId) {
        return em.createNativeQuery("SELECT kind FROM exam_attempt_event WHERE attempt_id = ?1 ORDER BY happened_at, id")
                .setParameter(1, attemptId).getResultList();
    }

    public long attemptsOf(long applicationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM exam_attempt WHERE application_id = ?1")
                .setParameter(1, applicationId).getSingleResult()).longValue();
    }

    public long savedAnswers(long attemptId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ?1 AND chosen_option IS NOT NULL")
                .setParameter(1, attemptId).getSingleResult()).longValue();
    }

    /** Every position group gets the same test, in one transaction, as the demo data defines them. */
    public void specifyEveryGroup(int minutes, int pass, List<TopicShare> shares) {
        for (PositionGroup group : PositionGroup.values()) {
            bankLoading.specification(group, minutes, pass, shares);
        }
    }

    /**
     * {@code count} new people of the sex (the personal number's first digit) and birth date have applied
     * to the vacancy, their applications standing at the stage and outcome given.
     */
    public List<Long> applicants(long vacancyId, String sexDigit, LocalDate birthDate, int count, String stage, String outcome) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserAccount account = new UserAccount(unique("it-statistics") + "@kuzmat.test", hasher.hash(STRONG_PASSWORD),
                    Set.of(Role.APPLICANT), null, Instant.now());
            em.persist(account);
            String pin = sexDigit + birthDate.format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "%05d".formatted(RANDOM.nextInt(100_000));
            Identity identity = new Identity("Статистиков", "Тест", null, pin, birthDate, "+996 700 11 22 33");
            em.persist(new Applicant(account, identity, PersonalNumber.parse(pin, LocalDate.now())));
            em.flush();
            String snapshot = JSONB.toJson(new ApplicationSnapshot(account.getEmail(),
                    new Profile(identity, null, List.of(), List.of(), List.of(), 0), null, null));
            long id = nextValue("application_seq");
            em.createNativeQuery("INSERT INTO application (id, vacancy_id, applicant_account_id, registration_number, stage,"
                            + " submitted_at, processing_consent, anti_corruption_ack, accuracy_confirmed, snapshot, version, outcome)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, TRUE, TRUE, TRUE, ?8, 1, ?7)")
                    .setParameter(1, id).setParameter(2, vacancyId).setParameter(3, account.getId())
                    .setParameter(4, unique("IT-ST")).setParameter(5, stage).setParameter(6, timestamp(Instant.now()))
                    .setParameter(7, outcome).setParameter(8, snapshot).executeUpdate();
            em.createNativeQuery("INSERT INTO application_document (id, application_id, kind, file_name, content_type, size_bytes,"
                            + " content) VALUES (?1, ?2, 'CV', 'cv.pdf', 'application/pdf', 9, ?3)")
                    .setParameter(1, nextValue("application_document_seq")).setParameter(2, id).setParameter(3, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)).executeUpdate();
            ids.add(id);
        }
        return ids;
    }

    /**
     * A moment as a native query's parameter: PostgreSQL's driver cannot bind an {@link Instant} (JPA
     * converts it only for mapped attributes), both databases bind a Timestamp.
     */
    private static java.sql.Timestamp timestamp(Instant moment) {
        return moment == null ? null : java.sql.Timestamp.from(moment);
    }

    /** The sequence's next value, in the SQL of the database the server runs on (H2 or PostgreSQL). */
    private long nextValue(String sequence) {
        String sql = onPostgreSql() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private boolean onPostgreSql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Time travel for a competition: it was decided that many years ago. */
    public void competitionDecidedYearsAgo(long vacancyId, int years) {
        em.createNativeQuery("INSERT INTO competition (vacancy_id, stage, pass_score, max_score, decided_at, version)"
                        + " VALUES (?1, 'DECIDED', 30, 60, ?2, 1)")
                .setParameter(1, vacancyId).setParameter(2, timestamp(Instant.now().minus(Duration.ofDays(365L * years + 2))))
                .executeUpdate();
    }

    /** Time travel for an account: last signed in, and warned of its erasure (null: never), at the moments given. */
    public void accountLastUsed(String email, Instant signedIn, Instant warned) {
        // A null parameter is bound as text, which PostgreSQL will not put into a timestamp column.
        jakarta.persistence.Query update = em.createNativeQuery("UPDATE user_account SET last_signed_in_at = ?1, retention_warned_at = "
                        + (warned == null ? "NULL" : "?2") + " WHERE email = ?3")
                .setParameter(1, timestamp(signedIn)).setParameter(3, email);
        if (warned != null) {
            update.setParameter(2, timestamp(warned));
        }
        update.executeUpdate();
    }

    public Instant retentionWarnedAt(String email) {
        return account(email).getRetentionWarnedAt();
    }

    /** What is left of an application: whether it was anonymised, and how many document copies it holds. */
    /** The application's snapshot as the database holds it, not as a cached entity remembers it. */
    public String storedSnapshot(long applicationId) {
        return String.valueOf(em.createNativeQuery("SELECT snapshot FROM application WHERE id = ?1")
                .setParameter(1, applicationId).getSingleResult());
    }

    public long[] applicationRemains(long applicationId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT CASE WHEN anonymised_at IS NULL THEN 0 ELSE 1 END,"
                + " (SELECT COUNT(*) FROM application_document d WHERE d.application_id = a.id) FROM application a WHERE a.id = ?1")
                .setParameter(1, applicationId).getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The class behind the JPA EntityManager: proof of which provider the server runs. */
    public String persistenceProviderClass() {
        return em.getDelegate().getClass().getName();
    }

    /**
     * The migration scripts the deployment holds, and how many of them the database has not run (outside
     * a transaction: Flyway reads on its own connection in auto-commit).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int[] migrationScriptsAndPending() {
        MigrationInfoService info = DatabaseMigration.flyway(dataSource).info();
        return new int[]{info.all().length, info.pending().length};
    }
}
