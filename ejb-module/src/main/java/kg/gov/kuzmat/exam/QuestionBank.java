package kg.gov.kuzmat.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.CallerAccounts;
import kg.gov.kuzmat.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The question bank, kept by the civil-service agency's administrators: topics, questions in Kyrgyz
 * and Russian with revisions instead of edits, proposals from HR officers, import and export as a
 * spreadsheet, and how each question fared in finished tests.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class QuestionBank {

    /** The spreadsheet's columns, in the order export writes them; import finds them by name. */
    public static final List<String> COLUMNS = List.of("topic", "question_ky", "a_ky", "b_ky", "c_ky", "d_ky",
            "question_ru", "a_ru", "b_ru", "c_ru", "d_ru", "correct");
    public static final int PAGE_SIZE = 50;

    private static final Pattern TOPIC_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final String LETTERS = "ABCD";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerAccounts callers;

    @Inject
    private Clock clock;

    @Inject
    private BankLoading loading;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.HR_OFFICER})
    public List<ExamTopic> topics() {
        return em.createNamedQuery("ExamTopic.all", ExamTopic.class).getResultList();
    }

    public ExamTopic addTopic(String code, LocalizedName name) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!TOPIC_CODE.matcher(normalized).matches()) {
            throw new BusinessException("exam.topicCodeInvalid");
        }
        if (topicByCode(normalized) != null) {
            throw new BusinessException("exam.topicCodeTaken", normalized);
        }
        ExamTopic topic = new ExamTopic(normalized, name);
        em.persist(topic);
        return topic;
    }

    public ExamTopic renameTopic(long topicId, LocalizedName name) {
        ExamTopic topic = topic(topicId);
        topic.rename(name);
        return topic;
    }

    /** A question written by an administrator, in use at once. */
    public QuestionView write(QuestionDraft draft) {
        return QuestionView.of(persistNew(draft, false));
    }

    /** An HR officer's proposal, used once an administrator accepts it. */
    @RolesAllowed(Role.Names.HR_OFFICER)
    public QuestionView propose(QuestionDraft draft) {
        callers.requireOfficersAgency();
        return QuestionView.of(persistNew(draft, true));
    }

    public QuestionView decideProposal(long questionId, boolean accepted) {
        ExamQuestion question = question(questionId);
        question.decideProposal(accepted, callers.currentName(), clock.instant());
        return QuestionView.of(question);
    }

    /** The next revision of an active question; the current one retires and stays as it was. */
    public QuestionView revise(long questionId, QuestionDraft draft) {
        ExamQuestion current = question(questionId);
        if (draft.topicId() == null || draft.topicId().longValue() != current.getTopic().getId()) {
            throw new BusinessException("exam.topicFixed");
        }
        ExamQuestion next = current.revised(wording(draft.kyrgyz()), wording(draft.russian()),
                correctOption(draft.correctOption()), callers.currentName(), clock.instant());
        em.persist(next);
        return QuestionView.of(next);
    }

    public QuestionView retire(long questionId) {
        ExamQuestion question = question(questionId);
        question.retire(callers.currentName(), clock.instant());
        return QuestionView.of(question);
    }

    public QuestionView view(long questionId) {
        return QuestionView.of(question(questionId));
    }

    /** Every revision of the question's lineage, first to last. */
    public List<QuestionView> history(long questionId) {
        return em.createNamedQuery("ExamQuestion.lineage", ExamQuestion.class)
                .setParameter("lineage", question(questionId).getLineage())
                .getResultStream().map(QuestionView::of).toList();
    }

    /** One page of the bank, newest first, filtered by topic, status and words of either language. */
    public QuestionPage find(Long topicId, QuestionStatus status, String words, int page) {
        StringBuilder where = new StringBuilder(" FROM ExamQuestion q WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (topicId != null) {
            where.append(" AND q.topic.id = :topic");
            parameters.put("topic", topicId);
        }
        if (status != null) {
            where.append(" AND q.status = :status");
            parameters.put("status", status);
        }
        if (words != null && !words.isBlank()) {
            where.append(" AND (LOWER(q.russian.text) LIKE :words OR LOWER(q.kyrgyz.text) LIKE :words)");
            parameters.put("words", "%" + words.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(q)" + where, Long.class);
        TypedQuery<ExamQuestion> rows = em.createQuery("SELECT q" + where + " ORDER BY q.id DESC", ExamQuestion.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        int first = Math.max(0, page) * PAGE_SIZE;
        return new QuestionPage(rows.setFirstResult(first).setMaxResults(PAGE_SIZE).getResultStream().map(QuestionView::of).toList(),
                count.getSingleResult(), Math.max(0, page));
    }

    /**
     * Adds every row of the spreadsheet as an active question, or none: one bad row, and the report
     * lists each rejected row with its reason while the bank stays as it was.
     */
    public ImportReport importRows(List<List<String>> rows) {
        return loading.importRows(rows, callers.currentName());
    }

    /** The active questions as rows for a spreadsheet, header first: the format import reads. */
    public List<List<String>> exportRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        em.createQuery("SELECT q FROM ExamQuestion q JOIN FETCH q.topic WHERE q.status = kg.gov.kuzmat.exam.QuestionStatus.ACTIVE"
                        + " ORDER BY q.topic.code, q.lineage", ExamQuestion.class)
                .getResultStream()
                .forEach(q -> {
                    List<String> row = new ArrayList<>();
                    row.add(q.getTopic().getCode());
                    addWording(row, q.getKyrgyz());
                    addWording(row, q.getRussian());
                    row.add(String.valueOf(LETTERS.charAt(q.getCorrectOption() - 1)));
                    rows.add(row);
                });
        return rows;
    }

    /** Share of right answers per question over finished attempts, hardest first. */
    public List<QuestionStatistic> statistics() {
        List<Object[]> counts = em.createNamedQuery("ExamAnswer.statistics", Object[].class).getResultList();
        Map<Long, ExamQuestion> questions = new HashMap<>();
        if (!counts.isEmpty()) {
            em.createQuery("SELECT q FROM ExamQuestion q JOIN FETCH q.topic WHERE q.id IN :ids", ExamQuestion.class)
                    .setParameter("ids", counts.stream().map(c -> ((Number) c[0]).longValue()).toList())
                    .getResultStream().forEach(q -> questions.put(q.getId(), q));
        }
        return counts.stream().map(c -> {
            ExamQuestion q = questions.get(((Number) c[0]).longValue());
            return new QuestionStatistic(q.getId(), q.getLineage(), q.getRevision(), q.getTopic().getCode(),
                    q.getRussian().getText(), ((Number) c[1]).longValue(), c[2] == null ? 0 : ((Number) c[2]).longValue());
        }).sorted((a, b) -> Double.compare(a.shareCorrect(), b.shareCorrect())).toList();
    }

    private ExamQuestion persistNew(QuestionDraft draft, boolean proposal) {
        if (draft.topicId() == null) {
            throw new BusinessException("exam.topicRequired");
        }
        ExamTopic topic = topic(draft.topicId());
        Wording russian = wording(draft.russian());
        loading.requireNew(topic, russian);
        ExamQuestion question = ExamQuestion.written(topic, proposal, wording(draft.kyrgyz()), russian,
                correctOption(draft.correctOption()), callers.currentName(), clock.instant());
        em.persist(question);
        question.beginLineage();
        return question;
    }

    static Wording wording(WordingDraft draft) {
        if (draft == null) {
            throw new BusinessException("exam.wordingIncomplete");
        }
        return draft.checked();
    }

    private static int correctOption(Integer option) {
        if (option == null || option < 1 || option > 4) {
            throw new BusinessException("exam.correctOptionInvalid");
        }
        return option;
    }

    private static void addWording(List<String> row, Wording wording) {
        row.add(wording.getText());
        row.addAll(wording.options());
    }

    private ExamTopic topic(long topicId) {
        ExamTopic topic = em.find(ExamTopic.class, topicId);
        if (topic == null) {
            throw new BusinessException("exam.topicNotFound");
        }
        return topic;
    }

    private ExamTopic topicByCode(String code) {
        return em.createNamedQuery("ExamTopic.byCode", ExamTopic.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private ExamQuestion question(long questionId) {
        ExamQuestion question = em.find(ExamQuestion.class, questionId);
        if (question == null) {
            throw new BusinessException("exam.questionNotFound");
        }
        return question;
    }
}
