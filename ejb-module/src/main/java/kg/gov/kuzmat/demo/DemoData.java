package kg.gov.kuzmat.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.applicant.Applicant;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.PersonalNumber;
import kg.gov.kuzmat.exam.BankLoading;
import kg.gov.kuzmat.exam.ImportReport;
import kg.gov.kuzmat.exam.TopicShare;
import kg.gov.kuzmat.security.PasswordHasher;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.CompetitionType;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyContent;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads a handful of real-looking agencies, about thirty vacancies and the three demo accounts
 * (README) once, when the server runs with the embedded database. Loading again finds them present.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String ENABLED_PROPERTY = "kuzmat.demo-data";
    public static final String PASSWORD = "Demo-2026!";
    public static final String APPLICANT_EMAIL = "applicant@demo.kg";
    public static final String HR_OFFICER_EMAIL = "hr@demo.kg";
    public static final String ADMIN_EMAIL = "admin@demo.kg";
    /** The agency whose HR officer is {@value #HR_OFFICER_EMAIL}. */
    public static final String HR_OFFICER_AGENCY = "minjust";
    /** A well-formed number (female, born 14.03.1995) that no real person should be registered with here. */
    public static final String DEMO_PERSONAL_NUMBER = "11403199500001";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private BankLoading bankLoading;

    @PostConstruct
    void loadOnce() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        boolean present = !em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", ADMIN_EMAIL).getResultList().isEmpty();
        if (present) {
            return;
        }
        Map<String, Agency> agencies = new HashMap<>();
        for (Agency agency : agencies()) {
            em.persist(agency);
            agencies.put(agency.getCode(), agency);
        }
        int published = 0;
        for (DemoVacancy demo : VACANCIES) {
            Agency agency = agencies.get(demo.agencyCode());
            // Published some days ago, so the list shows a realistic spread of dates and deadlines.
            Clock publicationDay = Clock.offset(clock, Duration.ofDays(-demo.publishedDaysAgo()));
            LocalDate deadline = LocalDate.now(publicationDay).plusDays(demo.openForDays());
            Vacancy vacancy = new Vacancy(agency, demo.content(agency, deadline));
            if (demo.publishedDaysAgo() >= 0) {
                vacancy.publish(publicationDay);
                published++;
            }
            em.persist(vacancy);
        }
        String hash = hasher.hash(PASSWORD);
        UserAccount applicant = account(APPLICANT_EMAIL, hash, Role.APPLICANT, null);
        account(HR_OFFICER_EMAIL, hash, Role.HR_OFFICER, agencies.get(HR_OFFICER_AGENCY));
        account(ADMIN_EMAIL, hash, Role.ADMIN, null);
        // The demo applicant has not yet accepted the policy: their first sign-in asks for it.
        em.persist(new Applicant(applicant, new Identity("Асанова", "Айгерим", "Бакытовна", DEMO_PERSONAL_NUMBER,
                LocalDate.of(1995, 3, 14), "+996 555 123 456"), PersonalNumber.parse(DEMO_PERSONAL_NUMBER, LocalDate.now(clock))));
        ImportReport bank = loadQuestionBank();
        LOG.info("Demo data loaded: " + agencies.size() + " agencies, " + published + " published vacancies, 3 accounts, "
                + bank.imported() + " test questions");
    }

    /** The test topics, a bank of 12 questions each, and a 60-question test of 60 minutes (pass 30) for every group. */
    private ImportReport loadQuestionBank() {
        List<TopicShare> shares = new ArrayList<>();
        int[] counts = {9, 9, 9, 9, 8, 8, 8};
        for (int i = 0; i < DemoQuestionBank.TOPICS.size(); i++) {
            DemoQuestionBank.Topic topic = DemoQuestionBank.TOPICS.get(i);
            shares.add(new TopicShare(bankLoading.topic(topic.code(), topic.name()).getId(), counts[i]));
        }
        ImportReport report = bankLoading.importRows(DemoQuestionBank.rows(), ADMIN_EMAIL);
        if (!report.isImported()) {
            throw new IllegalStateException("The demo question bank does not import: " + report.rejections());
        }
        for (PositionGroup group : PositionGroup.values()) {
            bankLoading.specification(group, 60, 30, shares);
        }
        return report;
    }

    private UserAccount account(String email, String hash, Role role, Agency agency) {
        UserAccount account = new UserAccount(email, hash, Set.of(role), agency, clock.instant());
        account.confirmEmail(clock.instant());
        em.persist(account);
        return account;
    }

    private static List<Agency> agencies() {
        return List.of(
                new Agency("civil-service-agency", new LocalizedName(
                        "Мамлекеттик кызмат жана жергиликтүү өз алдынча башкаруу иштери боюнча мамлекеттик агенттик",
                        "Государственное агентство по делам государственной службы и местного самоуправления",
                        "State Agency for Civil Service and Local Self-Government"), AgencyType.STATE, Region.BISHKEK),
                new Agency("minjust", new LocalizedName(
                        "Кыргыз Республикасынын Юстиция министрлиги",
                        "Министерство юстиции Кыргызской Республики",
                        "Ministry of Justice of the Kyrgyz Republic"), AgencyType.STATE, Region.BISHKEK),
                new Agency("minfin", new LocalizedName(
                        "Кыргыз Республикасынын Финансы министрлиги",
                        "Министерство финансов Кыргызской Республики",
                        "Ministry of Finance of the Kyrgyz Republic"), AgencyType.STATE, Region.BISHKEK),
                new Agency("tax-service", new LocalizedName(
                        "Мамлекеттик салык кызматы",
                        "Государственная налоговая служба",
                        "State Tax Service"), AgencyType.STATE, Region.BISHKEK),
                new Agency("naryn-representative", new LocalizedName(
                        "Кыргыз Республикасынын Президентинин Нарын облусундагы ыйгарым укуктуу өкүлүнүн аппараты",
                        "Аппарат полномочного представителя Президента Кыргызской Республики в Нарынской области",
                        "Office of the Presidential Plenipotentiary Representative in Naryn Region"), AgencyType.STATE, Region.NARYN),
                new Agency("bishkek-city-hall", new LocalizedName(
                        "Бишкек шаарынын мэриясы",
                        "Мэрия города Бишкек",
                        "Bishkek City Hall"), AgencyType.MUNICIPAL, Region.BISHKEK),
                new Agency("osh-city-hall", new LocalizedName(
                        "Ош шаарынын мэриясы",
                        "Мэрия города Ош",
                        "Osh City Hall"), AgencyType.MUNICIPAL, Region.OSH_CITY),
                new Agency("karakol-city-hall", new LocalizedName(
                        "Каракол шаарынын мэриясы",
                        "Мэрия города Каракол",
                        "Karakol City Hall"), AgencyType.MUNICIPAL, Region.ISSYK_KUL),
                new Agency("alamudun-aiyl-okmotu", new LocalizedName(
                        "Аламүдүн айыл өкмөтү",
                        "Аламудунский айыльный аймак (айыл окмоту)",
                        "Alamudun Aiyl Okmotu"), AgencyType.MUNICIPAL, Region.CHUY));
    }

    /** A demo vacancy in Russian or Kyrgyz; publishedDaysAgo below zero leaves it a draft. */
    private record DemoVacancy(boolean kyrgyz, String agencyCode, String title, PositionGroup group, int salaryMin,
                               int salaryMax, int publishedDaysAgo, int openForDays, String duties, int serviceYears) {

        VacancyContent content(Agency agency, LocalDate deadline) {
            boolean chief = group == PositionGroup.CHIEF || group == PositionGroup.HIGHEST;
            return new VacancyContent(title, kyrgyz ? "Борбордук аппарат" : "Центральный аппарат", group,
                    chief ? CompetitionType.INTERNAL : CompetitionType.OPEN, "<p>" + duties + "</p>",
                    chief ? EducationLevel.HIGHER_MASTER : EducationLevel.HIGHER_BACHELOR, serviceYears, serviceYears + 1,
                    group == PositionGroup.JUNIOR ? LanguageLevel.B1 : LanguageLevel.B2, LanguageLevel.B2,
                    kyrgyz ? KY_REQUIREMENTS : RU_REQUIREMENTS, salaryMin, salaryMax, agency.getRegion(),
                    CITIES.get(agency.getRegion()), deadline,
                    "+996 312 66-" + (10 + agencyCode.length()) + "-" + (20 + title.length() % 70) + ", kadry@" + agencyCode + ".gov.kg");
        }
    }

    private static final Map<Region, String> CITIES = Map.of(
            Region.BISHKEK, "Бишкек", Region.OSH_CITY, "Ош", Region.NARYN, "Нарын",
            Region.ISSYK_KUL, "Каракол", Region.CHUY, "Аламүдүн");

    private static final String RU_REQUIREMENTS = "<p>Знание Конституции Кыргызской Республики, законов "
            + "«О государственной гражданской службе и муниципальной службе» и «О противодействии коррупции»; "
            + "уверенное владение компьютером.</p>";

    private static final String KY_REQUIREMENTS = "<p>Кыргыз Республикасынын Конституциясын, «Мамлекеттик жарандык "
            + "кызмат жана муниципалдык кызмат жөнүндө» жана «Коррупцияга каршы аракеттенүү жөнүндө» мыйзамдарды "
            + "билүү; компьютерди ишенимдүү колдонуу.</p>";

    private static DemoVacancy ru(String agency, String title, PositionGroup group, int min, int max,
                                  int daysAgo, int openFor, String duties, int serviceYears) {
        return new DemoVacancy(false, agency, title, group, min, max, daysAgo, openFor, duties, serviceYears);
    }

    private static DemoVacancy ky(String agency, String title, PositionGroup group, int min, int max,
                                  int daysAgo, int openFor, String duties, int serviceYears) {
        return new DemoVacancy(true, agency, title, group, min, max, daysAgo, openFor, duties, serviceYears);
    }

    private static final List<DemoVacancy> VACANCIES = List.of(
            ru("civil-service-agency", "Заведующий отделом кадровой политики", PositionGroup.CHIEF, 42000, 55000, 2, 20,
                    "Руководство отделом, разработка предложений по кадровой политике государственной службы, методическая помощь кадровым службам государственных органов.", 3),
            ru("civil-service-agency", "Главный специалист отдела конкурсного отбора", PositionGroup.SENIOR, 30000, 36000, 5, 15,
                    "Организация конкурсного отбора на вакантные административные должности, ведение реестра кандидатов, подготовка протоколов конкурсной комиссии.", 2),
            ky("civil-service-agency", "Тестирлөө бөлүмүнүн башкы адиси", PositionGroup.SENIOR, 30000, 36000, 1, 18,
                    "Талапкерлерди компьютердик тестирлөөнү уюштуруу, суроолор базасын жаңылоо, тестирлөөнүн жыйынтыктарын талдоо.", 2),
            ru("civil-service-agency", "Ведущий специалист отдела местного самоуправления", PositionGroup.SENIOR, 26000, 31000, 8, 21,
                    "Мониторинг деятельности органов местного самоуправления, подготовка аналитических справок, работа с обращениями граждан.", 1),
            ru("minjust", "Главный специалист управления нормотворческой деятельности", PositionGroup.SENIOR, 32000, 38000, 3, 14,
                    "Правовая экспертиза проектов нормативных правовых актов, подготовка заключений, участие в работе межведомственных групп.", 2),
            ky("minjust", "Нотариаттык иш боюнча бөлүмдүн жетектөөчү адиси", PositionGroup.SENIOR, 26000, 31000, 6, 20,
                    "Нотариустардын ишин текшерүү, арыздарды кароо, нотариаттык иш боюнча статистиканы жүргүзүү.", 1),
            ru("minjust", "Специалист отдела регистрации юридических лиц", PositionGroup.JUNIOR, 22000, 26000, 0, 12,
                    "Прием и проверка документов для государственной регистрации юридических лиц, ведение единого реестра, консультирование заявителей.", 0),
            ru("minjust", "Заведующий отделом международного права", PositionGroup.CHIEF, 45000, 58000, 9, 25,
                    "Руководство отделом, подготовка позиций по международным договорам, взаимодействие с международными организациями.", 4),
            ru("minjust", "Главный специалист отдела правовой пропаганды", PositionGroup.SENIOR, 30000, 35000, -1, 30,
                    "Подготовка информационных материалов о законодательстве, проведение правовых семинаров для населения.", 2),
            ky("minjust", "Мыйзамдарды системалаштыруу бөлүмүнүн адиси", PositionGroup.JUNIOR, 22000, 25000, -1, 30,
                    "Ченемдик укуктук актылардын мамлекеттик реестрин жүргүзүү, актыларды системалаштыруу жана кодификациялоо.", 0),
            ru("minfin", "Главный специалист управления бюджетной политики", PositionGroup.SENIOR, 35000, 42000, 4, 16,
                    "Подготовка прогнозов доходов республиканского бюджета, анализ исполнения бюджета, расчёты к проекту закона о бюджете.", 2),
            ru("minfin", "Ведущий специалист отдела государственного долга", PositionGroup.SENIOR, 30000, 36000, 7, 14,
                    "Учёт государственного внешнего и внутреннего долга, подготовка отчётов, сверка с кредиторами.", 1),
            ky("minfin", "Казыналык башкармалыгынын башкы адиси", PositionGroup.SENIOR, 33000, 40000, 2, 23,
                    "Бюджеттик мекемелердин чыгымдарын казыналык аткарууну көзөмөлдөө, отчеттуулукту даярдоо.", 2),
            ru("minfin", "Специалист отдела документационного обеспечения", PositionGroup.JUNIOR, 21000, 24000, 1, 11,
                    "Регистрация входящей и исходящей корреспонденции, контроль сроков исполнения документов, работа в системе электронного документооборота.", 0),
            ru("tax-service", "Главный налоговый инспектор отдела камеральных проверок", PositionGroup.SENIOR, 34000, 41000, 3, 19,
                    "Проведение камеральных налоговых проверок, анализ налоговой отчётности, подготовка актов проверок.", 2),
            ky("tax-service", "Салык төлөөчүлөрдү тейлөө бөлүмүнүн инспектору", PositionGroup.JUNIOR, 23000, 27000, 5, 15,
                    "Салык төлөөчүлөргө кеңеш берүү, электрондук отчеттуулукту кабыл алуу, салык төлөөчүлөрдү каттоо.", 0),
            ru("tax-service", "Заведующий отделом информационных технологий", PositionGroup.CHIEF, 48000, 60000, 10, 24,
                    "Руководство развитием информационных систем налоговой службы, обеспечение информационной безопасности.", 3),
            ru("tax-service", "Ведущий налоговый инспектор (г. Ош)", PositionGroup.SENIOR, 28000, 33000, 6, 17,
                    "Налоговый контроль в отношении субъектов малого и среднего предпринимательства, работа с задолженностью.", 1),
            ky("naryn-representative", "Экономика жана инвестиция бөлүмүнүн башкы адиси", PositionGroup.SENIOR, 27000, 32000, 4, 20,
                    "Облустун социалдык-экономикалык өнүгүү программасынын аткарылышын талдоо, инвестициялык долбоорлорду коштоо.", 2),
            ru("naryn-representative", "Ведущий специалист отдела по работе с обращениями граждан", PositionGroup.SENIOR, 24000, 29000, 2, 14,
                    "Рассмотрение обращений граждан, контроль сроков ответов, подготовка обобщённой информации для руководства.", 1),
            ru("bishkek-city-hall", "Главный специалист управления архитектуры и градостроительства", PositionGroup.SENIOR, 33000, 39000, 1, 21,
                    "Рассмотрение градостроительной документации, подготовка архитектурно-планировочных заданий, выезды на объекты.", 2),
            ky("bishkek-city-hall", "Билим берүү башкармалыгынын жетектөөчү адиси", PositionGroup.SENIOR, 28000, 33000, 3, 18,
                    "Мектепке чейинки билим берүү мекемелеринин ишин мониторингдөө, ата-энелердин кайрылууларын кароо.", 1),
            ru("bishkek-city-hall", "Специалист отдела транспорта и связи", PositionGroup.JUNIOR, 22000, 26000, 7, 14,
                    "Учёт маршрутов общественного транспорта, контроль исполнения договоров перевозчиками, работа с жалобами пассажиров.", 0),
            ru("bishkek-city-hall", "Заведующий отделом муниципальной собственности", PositionGroup.CHIEF, 44000, 52000, 9, 22,
                    "Руководство учётом и управлением муниципальным имуществом, организация торгов по аренде.", 3),
            ky("osh-city-hall", "Социалдык өнүгүү бөлүмүнүн башкы адиси", PositionGroup.SENIOR, 29000, 34000, 2, 16,
                    "Аз камсыз болгон үй-бүлөлөргө социалдык жардам көрсөтүү программаларын уюштуруу, маалымат базасын жүргүзүү.", 2),
            ru("osh-city-hall", "Ведущий специалист отдела экономики и предпринимательства", PositionGroup.SENIOR, 26000, 31000, 5, 19,
                    "Анализ развития малого бизнеса города, подготовка программ поддержки предпринимательства.", 1),
            ru("osh-city-hall", "Специалист общего отдела", PositionGroup.JUNIOR, 20000, 23000, 0, 13,
                    "Делопроизводство, подготовка проектов распоряжений мэра, организация приёма граждан.", 0),
            ky("karakol-city-hall", "Туризм бөлүмүнүн жетектөөчү адиси", PositionGroup.SENIOR, 25000, 30000, 4, 20,
                    "Шаардын туристтик потенциалын илгерилетүү, туристтик иш-чараларды уюштуруу, инвесторлор менен иштөө.", 1),
            ru("karakol-city-hall", "Главный специалист отдела жилищно-коммунального хозяйства", PositionGroup.SENIOR, 27000, 32000, 8, 15,
                    "Контроль работы коммунальных предприятий, подготовка к отопительному сезону, работа с обращениями жильцов.", 2),
            ky("alamudun-aiyl-okmotu", "Жер маселелери боюнча адис", PositionGroup.JUNIOR, 19000, 23000, 1, 14,
                    "Жер участокторун эсепке алуу, ижара келишимдерин даярдоо, жер талаштары боюнча кайрылууларды кароо.", 0),
            ru("alamudun-aiyl-okmotu", "Ответственный секретарь айыл окмоту", PositionGroup.CHIEF, 30000, 35000, 6, 18,
                    "Организация делопроизводства айыл окмоту, подготовка заседаний айылного кенеша, контроль исполнения решений.", 3),
            ru("alamudun-aiyl-okmotu", "Специалист по социальным вопросам", PositionGroup.JUNIOR, 19000, 22000, 3, 12,
                    "Назначение социальных пособий, учёт малообеспеченных семей, взаимодействие с районным управлением социального развития.", 0));
}
