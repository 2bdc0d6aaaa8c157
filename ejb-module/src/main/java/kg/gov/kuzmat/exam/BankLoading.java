package kg.gov.kuzmat.exam;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.vacancy.PositionGroup;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the bank in bulk, for the administrators' import and for the demo data alike. Callers decide
 * who may; this bean only checks what is loaded.
 */
@Dependent
public class BankLoading {

    public static final int MAX_IMPORT_ROWS = 10_000;
    private static final String CYRILLIC_LETTERS = "АБВГ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** All of the rows (header first, columns {@link QuestionBank#COLUMNS} in any order) as active questions, or none. */
    public ImportReport importRows(List<List<String>> rows, String author) {
        if (rows.isEmpty()) {
            return refused(0, "exam.import.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = QuestionBank.COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return refused(0, "exam.import.missingColumns", String.join(", ", missing));
        }
        if (rows.size() - 1 > MAX_IMPORT_ROWS) {
            return refused(rows.size() - 1, "exam.import.tooManyRows", MAX_IMPORT_ROWS);
        }
        Map<String, ExamTopic> topics = new HashMap<>();
        em.createNamedQuery("ExamTopic.all", ExamTopic.class).getResultStream().forEach(t -> topics.put(t.getCode(), t));
        Map<String, Integer> seen = new HashMap<>();
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        List<ExamQuestion> accepted = new ArrayList<>();
        Instant now = clock.instant();
        int read = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            read++;
            int rowNumber = r + 1;
            try {
                ExamTopic topic = topics.get(cell(row, columns, "topic").strip().toUpperCase(Locale.ROOT));
                if (topic == null) {
                    throw new BusinessException("exam.import.unknownTopic", cell(row, columns, "topic"));
                }
                Wording kyrgyz = QuestionBank.wording(wordingIn(row, columns, "ky"));
                Wording russian = QuestionBank.wording(wordingIn(row, columns, "ru"));
                int correct = correctLetter(cell(row, columns, "correct"));
                Integer earlier = seen.putIfAbsent(topic.getCode() + "\n" + russian.getText().toLowerCase(Locale.ROOT), rowNumber);
                if (earlier != null) {
                    throw new BusinessException("exam.import.repeatsRow", earlier);
                }
                requireNew(topic, russian);
                accepted.add(ExamQuestion.written(topic, false, kyrgyz, russian, correct, author, now));
            } catch (BusinessException refused) {
                rejections.add(new ImportReport.Rejection(rowNumber, refused.getMessageKey(), refused.getArguments()));
            }
        }
        if (read == 0) {
            return refused(0, "exam.import.empty");
        }
        if (!rejections.isEmpty()) {
            return new ImportReport(read, 0, List.copyOf(rejections));
        }
        for (ExamQuestion question : accepted) {
            em.persist(question);
            question.beginLineage();
        }
        return new ImportReport(read, accepted.size(), List.of());
    }

    /** The topic with the code, created with the name if the bank has none. */
    public ExamTopic topic(String code, LocalizedName name) {
        return em.createNamedQuery("ExamTopic.byCode", ExamTopic.class).setParameter("code", code)
                .getResultStream().findFirst().orElseGet(() -> {
                    ExamTopic topic = new ExamTopic(code, name);
                    em.persist(topic);
                    return topic;
                });
    }

    /** Sets a group's specification as given, whatever it was. */
    public void specification(PositionGroup group, int minutes, int pass, List<TopicShare> shares) {
        ExamSpecification specification = em.find(ExamSpecification.class, group.name());
        if (specification == null) {
            specification = new ExamSpecification(group);
            em.persist(specification);
        }
        specification.define(minutes, pass, shares);
    }

    /** Refused if the topic already has this question, in use or proposed. */
    void requireNew(ExamTopic topic, Wording russian) {
        long same = em.createNamedQuery("ExamQuestion.activeWithText", Long.class)
                .setParameter("topic", topic).setParameter("text", russian.getText()).getSingleResult();
        if (same > 0) {
            throw new BusinessException("exam.questionExists");
        }
    }

    private static WordingDraft wordingIn(List<String> row, Map<String, Integer> columns, String language) {
        return new WordingDraft(cell(row, columns, "question_" + language), cell(row, columns, "a_" + language),
                cell(row, columns, "b_" + language), cell(row, columns, "c_" + language), cell(row, columns, "d_" + language));
    }

    /** A to D, as written in either alphabet, or 1 to 4. */
    private static int correctLetter(String value) {
        String letter = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (letter.length() == 1) {
            int found = Math.max(QuestionBank.LETTERS.indexOf(letter.charAt(0)),
                    Math.max(CYRILLIC_LETTERS.indexOf(letter.charAt(0)), "1234".indexOf(letter.charAt(0))));
            if (found >= 0) {
                return found + 1;
            }
        }
        throw new BusinessException("exam.correctOptionInvalid");
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        return index < row.size() && row.get(index) != null ? row.get(index) : "";
    }

    /** The whole file refused for one reason, reported against its first row. */
    private static ImportReport refused(int read, String key, Serializable... arguments) {
        return new ImportReport(read, 0, List.of(new ImportReport.Rejection(1, key, List.of(arguments))));
    }
}
