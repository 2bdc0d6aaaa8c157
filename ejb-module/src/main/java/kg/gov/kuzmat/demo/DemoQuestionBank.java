package kg.gov.kuzmat.demo;

import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.exam.QuestionBank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's question bank: the topics of the civil-service test, a few real questions, and numbered
 * sample questions (labelled as such) so that every topic has enough for a 60-question variant. A real
 * bank is imported by the civil-service agency's administrators.
 */
final class DemoQuestionBank {

    static final int QUESTIONS_PER_TOPIC = 12;
    private static final Locale KYRGYZ = Locale.forLanguageTag("ky");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    record Topic(String code, LocalizedName name) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("CONSTITUTION", new LocalizedName("Конституция", "Конституция", "Constitution")),
            new Topic("LABOUR_CODE", new LocalizedName("Эмгек кодекси", "Трудовой кодекс", "Labour Code")),
            new Topic("CIVIL_SERVICE", new LocalizedName("Мамлекеттик жарандык жана муниципалдык кызмат",
                    "Государственная гражданская и муниципальная служба", "Civil and municipal service")),
            new Topic("CONFLICT_OF_INTEREST", new LocalizedName("Кызыкчылыктардын кагылышы", "Конфликт интересов",
                    "Conflict of interest")),
            new Topic("ANTI_CORRUPTION", new LocalizedName("Коррупцияга каршы аракеттенүү", "Противодействие коррупции",
                    "Anti-corruption")),
            new Topic("ACCESS_TO_INFORMATION", new LocalizedName("Маалыматка жетүү", "Доступ к информации",
                    "Access to information")),
            new Topic("STATE_LANGUAGE", new LocalizedName("Мамлекеттик тил", "Государственный язык", "State language")));

    /** Questions with answers beyond dispute, as topic code, Kyrgyz wording, Russian wording, right option. */
    private static final List<List<String>> REAL = List.of(
            List.of("CONSTITUTION",
                    "Кыргыз Республикасынын мамлекеттик тили кайсы?", "Кыргыз тили", "Орус тили", "Англис тили", "Өзбек тили",
                    "Какой язык является государственным языком Кыргызской Республики?", "Кыргызский язык", "Русский язык",
                    "Английский язык", "Узбекский язык", "A"),
            List.of("CONSTITUTION",
                    "Кыргыз Республикасында расмий тил катары кайсы тил колдонулат?", "Казак тили", "Орус тили", "Түрк тили",
                    "Англис тили",
                    "Какой язык употребляется в Кыргызской Республике в качестве официального?", "Казахский язык",
                    "Русский язык", "Турецкий язык", "Английский язык", "B"),
            List.of("CONSTITUTION",
                    "Кыргыз Республикасынын борбору кайсы шаар?", "Ош", "Каракол", "Бишкек", "Нарын",
                    "Какой город является столицей Кыргызской Республики?", "Ош", "Каракол", "Бишкек", "Нарын", "C"),
            List.of("CONSTITUTION",
                    "Кыргыз Республикасынын Президенти канча жылга шайланат?", "4 жылга", "6 жылга", "7 жылга", "5 жылга",
                    "На какой срок избирается Президент Кыргызской Республики?", "На 4 года", "На 6 лет", "На 7 лет",
                    "На 5 лет", "D"),
            List.of("LABOUR_CODE",
                    "Жумушчу убактысынын нормалдуу узактыгы жумасына канча сааттан ашпашы керек?", "40 саат", "36 саат",
                    "42 саат", "48 саат",
                    "Какой не может превышать нормальная продолжительность рабочего времени в неделю?", "40 часов",
                    "36 часов", "42 часа", "48 часов", "A"),
            List.of("STATE_LANGUAGE",
                    "Кыргыз Республикасында мамлекеттик тил кайсы тил?", "Орус тили", "Кыргыз тили", "Дунган тили",
                    "Тажик тили",
                    "Какой язык является государственным в Кыргызской Республике?", "Русский язык", "Кыргызский язык",
                    "Дунганский язык", "Таджикский язык", "B"));

    private DemoQuestionBank() {
    }

    /** The bank as an import file: header, the real questions, then sample questions up to the count per topic. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(QuestionBank.COLUMNS);
        rows.addAll(REAL);
        for (Topic topic : TOPICS) {
            long real = REAL.stream().filter(r -> r.get(0).equals(topic.code())).count();
            for (int number = 1; number <= QUESTIONS_PER_TOPIC - real; number++) {
                rows.add(sample(topic, number));
            }
        }
        return rows;
    }

    private static List<String> sample(Topic topic, int number) {
        String right = String.valueOf("ABCD".charAt(number % 4));
        return List.of(topic.code(),
                "«" + topic.name().in(KYRGYZ) + "» темасы боюнча №" + number
                        + " үлгү суроо: демо-банкта кайсы вариант туура деп белгиленген?",
                "1-вариант", "2-вариант", "3-вариант", "4-вариант",
                "Пример вопроса №" + number + " по теме «" + topic.name().in(RUSSIAN)
                        + "»: какой вариант отмечен в демо-банке как правильный?",
                "Вариант 1", "Вариант 2", "Вариант 3", "Вариант 4", right);
    }
}
