import kg.gov.kuzmat.vacancy.SearchTerms;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * Fills a migrated Kuzmat database with benchmark data: ~300 agencies and N vacancies spread over
 * regions, groups, dates and statuses the way a real year looks. Search terms are made by the
 * portal's own SearchTerms, so the word search finds these vacancies exactly as it finds real ones.
 * Usage: java -cp h2.jar:ejb-module/target/classes:owasp.jar bench/GenerateVacancies.java JDBC_URL COUNT AGENCIES
 * Deterministic (fixed seed): the same arguments give the same data.
 */
public class GenerateVacancies {

    private static final String[] REGIONS = {"BISHKEK", "OSH_CITY", "CHUY", "OSH", "JALAL_ABAD", "BATKEN", "ISSYK_KUL", "NARYN", "TALAS"};
    private static final String[] GROUPS = {"HIGHEST", "CHIEF", "SENIOR", "SENIOR", "JUNIOR", "JUNIOR"};
    private static final String[] POSITIONS = {
            "Главный специалист", "Ведущий специалист", "Специалист", "Заведующий отделом", "Заместитель заведующего отделом",
            "Башкы адис", "Жетектөөчү адис", "Адис", "Бөлүм башчысы", "Главный инспектор"};
    private static final String[] UNITS = {
            "отдела правового обеспечения", "отдела кадров", "управления бюджетной политики", "отдела информационных технологий",
            "отдела по работе с обращениями граждан", "финансы бөлүмүнүн", "укуктук камсыздоо бөлүмүнүн", "отдела земельных отношений",
            "отдела образования", "отдела социальной защиты", "отдела экономики", "отдела архитектуры и градостроительства"};
    private static final String[] DUTIES = {
            "Правовая экспертиза проектов нормативных правовых актов, подготовка заключений.",
            "Ведение кадрового делопроизводства, подготовка приказов, учёт стажа службы.",
            "Подготовка прогнозов доходов бюджета и анализ исполнения расходов.",
            "Сопровождение информационных систем, обеспечение информационной безопасности.",
            "Рассмотрение обращений граждан, контроль сроков ответов.",
            "Бюджеттик мекемелердин чыгымдарын көзөмөлдөө, отчеттуулукту даярдоо.",
            "Жер участокторун эсепке алуу, ижара келишимдерин даярдоо."};

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int vacancies = Integer.parseInt(args[1]);
        int agencies = Integer.parseInt(args[2]);
        Random random = new Random(20261125L);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            db.setAutoCommit(false);
            long firstAgency = 10_000_000L;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO agency (id, code, name_ky, name_ru, name_en,"
                    + " agency_type, region, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < agencies; i++) {
                    insert.setLong(1, firstAgency + i);
                    insert.setString(2, "bench-agency-" + i);
                    insert.setString(3, "Сыноо органы №" + i);
                    insert.setString(4, "Тестовый орган №" + i);
                    insert.setString(5, "Benchmark agency no. " + i);
                    insert.setString(6, i % 3 == 0 ? "MUNICIPAL" : "STATE");
                    insert.setString(7, REGIONS[i % REGIONS.length]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement vacancy = db.prepareStatement("INSERT INTO vacancy (id, agency_id, title, description,"
                    + " requirements, position_group, salary_min, salary_max, region, status, published_on, application_deadline, agency_type,"
                    + " version, structural_unit, competition_type, education_level, min_service_years, min_experience_years,"
                    + " state_language_level, official_language_level, city, contact, cancellation_reason, cancelled_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'HIGHER_BACHELOR', 2, 3, 'B2', 'B2', ?, ?, ?, ?)");
                 PreparedStatement term = db.prepareStatement("INSERT INTO vacancy_search_term (vacancy_id, term) VALUES (?, ?)")) {
                for (int i = 0; i < vacancies; i++) {
                    long id = 10_000_000L + i;
                    int agency = random.nextInt(agencies);
                    String title = POSITIONS[random.nextInt(POSITIONS.length)] + " " + UNITS[random.nextInt(UNITS.length)];
                    String duties = "<p>" + DUTIES[random.nextInt(DUTIES.length)] + "</p>";
                    String requirements = "<p>Знание Конституции и законов о государственной службе.</p>";
                    int salaryMin = 18_000 + 1_000 * random.nextInt(30);
                    LocalDate published = today.minusDays(random.nextInt(60));
                    int roll = random.nextInt(100);
                    String status = roll < 85 ? "PUBLISHED" : roll < 95 ? "CLOSED" : "CANCELLED";
                    vacancy.setLong(1, id);
                    vacancy.setLong(2, firstAgency + agency);
                    vacancy.setString(3, title);
                    vacancy.setString(4, duties);
                    vacancy.setString(5, requirements);
                    vacancy.setString(6, GROUPS[random.nextInt(GROUPS.length)]);
                    vacancy.setInt(7, salaryMin);
                    vacancy.setInt(8, salaryMin + 1_000 * (2 + random.nextInt(15)));
                    vacancy.setString(9, REGIONS[agency % REGIONS.length]);
                    vacancy.setString(10, status);
                    vacancy.setDate(11, Date.valueOf(published));
                    vacancy.setDate(12, Date.valueOf(published.plusDays(10 + random.nextInt(50))));
                    vacancy.setString(13, agency % 3 == 0 ? "MUNICIPAL" : "STATE");
                    vacancy.setString(14, "Центральный аппарат");
                    vacancy.setString(15, random.nextInt(10) == 0 ? "INTERNAL" : "OPEN");
                    vacancy.setString(16, "Бишкек");
                    vacancy.setString(17, "+996 312 00-00-00");
                    vacancy.setString(18, "CANCELLED".equals(status) ? "Штатная единица сокращена" : null);
                    vacancy.setDate(19, "CANCELLED".equals(status) ? Date.valueOf(today) : null);
                    vacancy.addBatch();
                    for (String word : SearchTerms.of(title, duties, requirements, "Центральный аппарат", "Бишкек")) {
                        term.setLong(1, id);
                        term.setString(2, word);
                        term.addBatch();
                    }
                    if (i % 2_000 == 1_999) {
                        vacancy.executeBatch();
                        term.executeBatch();
                        db.commit();
                    }
                }
                vacancy.executeBatch();
                term.executeBatch();
                db.commit();
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("ANALYZE");
            }
            db.commit();
        }
        System.out.println("Generated " + vacancies + " vacancies over " + agencies + " agencies");
    }
}
