package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.exam.ExamTopic;
import kg.gov.kuzmat.exam.ImportReport;
import kg.gov.kuzmat.exam.QuestionBank;
import kg.gov.kuzmat.exam.QuestionDraft;
import kg.gov.kuzmat.exam.QuestionPage;
import kg.gov.kuzmat.exam.QuestionStatus;
import kg.gov.kuzmat.exam.QuestionView;
import kg.gov.kuzmat.exam.WordingDraft;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.Spreadsheet;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * admin/questions.xhtml: the bank's administrators keep the topics, find questions, retire them, decide HR
 * officers' proposals, write new questions and revisions, and import a whole spreadsheet at once. Every rule
 * is {@link QuestionBank}'s; this page keeps what was typed when the bank refuses it.
 */
@Named
@ViewScoped
public class QuestionBankBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(QuestionBankBacking.class.getName());
    /** The Kyrgyz text in the list is only a reminder; the Russian one is shown whole. */
    private static final int SHORT_TEXT = 80;

    @EJB
    private QuestionBank bank;

    private List<Topic> topics;
    private String topicCode;
    private String topicKyrgyz;
    private String topicRussian;
    private String topicEnglish;

    private Long topicFilter;
    private QuestionStatus statusFilter;
    private String words;
    private int pageNumber;
    private QuestionPage page;
    private List<QuestionView> history;

    private final QuestionForm form = new QuestionForm();
    /** The question the form revises, or null while it writes a new one. */
    private QuestionView revising;

    /** The chosen file lives for its request only: an upload is never kept in the session. */
    private transient Part file;
    private ImportReport report;

    /** The view action. */
    public void load() {
        if (topics != null) {
            return;
        }
        topics = Topic.all(bank.topics());
        search();
    }

    public void addTopic() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalizedName name;
        try {
            name = new LocalizedName(topicKyrgyz, topicRussian, topicEnglish);
        } catch (IllegalArgumentException missing) {
            Messages.error(faces, "examAdmin.topic.namesRequired");
            return;
        }
        try {
            ExamTopic added = bank.addTopic(topicCode, name);
            Messages.info(faces, "examAdmin.topic.added", added.getCode());
            topicCode = topicKyrgyz = topicRussian = topicEnglish = null;
            topics = Topic.all(bank.topics());
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
    }

    public void filter() {
        pageNumber = 0;
        search();
    }

    public void previousPage() {
        pageNumber = Math.max(0, pageNumber - 1);
        search();
    }

    public void nextPage() {
        pageNumber = Math.min(page.pages() - 1, pageNumber + 1);
        search();
    }

    public void retire(long questionId) {
        act(() -> bank.retire(questionId), "examAdmin.question.retired");
    }

    public void decide(long questionId, boolean accepted) {
        act(() -> bank.decideProposal(questionId, accepted), accepted ? "examAdmin.question.accepted" : "examAdmin.question.rejected");
    }

    /** Loads an active question into the form, whose save then writes its next revision. */
    public void edit(QuestionView question) {
        revising = question;
        form.fill(question);
    }

    public void showHistory(long questionId) {
        try {
            history = bank.history(questionId);
        } catch (BusinessException refusal) {
            Messages.error(FacesContext.getCurrentInstance(), refusal);
        }
    }

    public void closeHistory() {
        history = null;
    }

    public void saveQuestion() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (revising == null) {
                QuestionView written = bank.write(form.draft());
                Messages.info(faces, "examAdmin.question.written", written.lineage());
            } else {
                QuestionView next = bank.revise(revising.id(), form.draft());
                Messages.info(faces, "examAdmin.question.revised", next.lineage(), next.revision());
                if (history != null) {
                    history = bank.history(next.id());
                }
            }
            revising = null;
            form.clear();
            search();
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
    }

    /** Back to writing a new question; what was typed for the revision is dropped. */
    public void cancelRevision() {
        revising = null;
        form.clear();
    }

    /** Reads the spreadsheet and hands its rows to the bank, which imports all of them or none. */
    public void importFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        report = null;
        if (file == null || file.getSize() == 0) {
            Messages.error(faces, "examAdmin.import.noFile");
            return;
        }
        List<List<String>> rows;
        try (InputStream in = file.getInputStream()) {
            rows = Spreadsheet.read(file.getSubmittedFileName(), in.readAllBytes());
        } catch (IllegalArgumentException | IOException unreadable) {
            LOG.log(Level.FINE, "An uploaded question bank could not be read", unreadable);
            Messages.error(faces, "exam.import.unreadable");
            return;
        } finally {
            file = null;
        }
        report = bank.importRows(rows);
        if (report.isImported()) {
            Messages.info(faces, "examAdmin.import.done", report.imported());
            pageNumber = 0;
            search();
        } else {
            Messages.error(faces, "examAdmin.import.nothingImported", report.rejections().size());
        }
    }

    /** A rejected row's reason in the reader's language. */
    public String reason(ImportReport.Rejection rejection) {
        return Messages.text(FacesContext.getCurrentInstance(), rejection.messageKey(), rejection.arguments().toArray());
    }

    public String shortened(String text) {
        return text == null || text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1).strip() + "…";
    }

    public List<QuestionStatus> getStatuses() {
        return List.of(QuestionStatus.values());
    }

    /** The spreadsheet's columns, as the import hint lists them. */
    public String getColumns() {
        return String.join(", ", QuestionBank.COLUMNS);
    }

    private void act(Supplier<QuestionView> step, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            QuestionView done = step.get();
            Messages.info(faces, doneKey, done.lineage(), done.revision());
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
        search();
        if (history != null && !history.isEmpty()) {
            history = bank.history(history.get(0).id());
        }
    }

    private void search() {
        page = bank.find(topicFilter, statusFilter, words, pageNumber);
        pageNumber = page.page();
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public void setTopicCode(String topicCode) {
        this.topicCode = topicCode;
    }

    public String getTopicKyrgyz() {
        return topicKyrgyz;
    }

    public void setTopicKyrgyz(String topicKyrgyz) {
        this.topicKyrgyz = topicKyrgyz;
    }

    public String getTopicRussian() {
        return topicRussian;
    }

    public void setTopicRussian(String topicRussian) {
        this.topicRussian = topicRussian;
    }

    public String getTopicEnglish() {
        return topicEnglish;
    }

    public void setTopicEnglish(String topicEnglish) {
        this.topicEnglish = topicEnglish;
    }

    public Long getTopicFilter() {
        return topicFilter;
    }

    public void setTopicFilter(Long topicFilter) {
        this.topicFilter = topicFilter;
    }

    public QuestionStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(QuestionStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public QuestionPage getPage() {
        return page;
    }

    /** The page number as people count, from 1. */
    public int getPageShown() {
        return pageNumber + 1;
    }

    public boolean isFirstPage() {
        return pageNumber == 0;
    }

    public boolean isLastPage() {
        return page == null || pageNumber >= page.pages() - 1;
    }

    public List<QuestionView> getHistory() {
        return history;
    }

    public QuestionForm getForm() {
        return form;
    }

    public QuestionView getRevising() {
        return revising;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    /** A topic as the pages show it, its names in all three languages. */
    public record Topic(long id, String code, String kyrgyz, String russian, String english) implements Serializable {

        static List<Topic> all(List<ExamTopic> topics) {
            return topics.stream().map(t -> new Topic(t.getId(), t.getCode(), t.getName().in(Locale.forLanguageTag("ky")),
                    t.getName().in(Locale.forLanguageTag("ru")), t.getName().in(Locale.ENGLISH))).toList();
        }

        /** The name in the reader's language, as {@link LocalizedName#in} chooses it. */
        public String name(Locale locale) {
            return switch (locale.getLanguage()) {
                case "ru" -> russian;
                case "en" -> english;
                default -> kyrgyz;
            };
        }
    }

    /**
     * What the question form holds: the topic, the question and options A to D in Kyrgyz and in Russian, and the
     * correct option. Shared by the administrators' form and HR officers' proposals, which ask for the same.
     */
    public static class QuestionForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private static final List<Integer> OPTIONS = List.of(1, 2, 3, 4);

        private Long topicId;
        private String kyrgyzText;
        private String kyrgyzA;
        private String kyrgyzB;
        private String kyrgyzC;
        private String kyrgyzD;
        private String russianText;
        private String russianA;
        private String russianB;
        private String russianC;
        private String russianD;
        private Integer correctOption;

        public QuestionDraft draft() {
            return new QuestionDraft(topicId, new WordingDraft(kyrgyzText, kyrgyzA, kyrgyzB, kyrgyzC, kyrgyzD),
                    new WordingDraft(russianText, russianA, russianB, russianC, russianD), correctOption);
        }

        void fill(QuestionView question) {
            topicId = question.topicId();
            WordingDraft kyrgyz = question.kyrgyz();
            kyrgyzText = kyrgyz.text();
            kyrgyzA = kyrgyz.a();
            kyrgyzB = kyrgyz.b();
            kyrgyzC = kyrgyz.c();
            kyrgyzD = kyrgyz.d();
            WordingDraft russian = question.russian();
            russianText = russian.text();
            russianA = russian.a();
            russianB = russian.b();
            russianC = russian.c();
            russianD = russian.d();
            correctOption = question.correctOption();
        }

        /** The options' numbers, 1 to 4, for the correct-option choice. */
        public List<Integer> getOptions() {
            return OPTIONS;
        }

        /** Option 1 to 4 as the pages write it, A to D. */
        public String letter(int option) {
            return option >= 1 && option <= 4 ? String.valueOf("ABCD".charAt(option - 1)) : "";
        }

        public void clear() {
            topicId = null;
            kyrgyzText = kyrgyzA = kyrgyzB = kyrgyzC = kyrgyzD = null;
            russianText = russianA = russianB = russianC = russianD = null;
            correctOption = null;
        }

        public Long getTopicId() {
            return topicId;
        }

        public void setTopicId(Long topicId) {
            this.topicId = topicId;
        }

        public String getKyrgyzText() {
            return kyrgyzText;
        }

        public void setKyrgyzText(String kyrgyzText) {
            this.kyrgyzText = kyrgyzText;
        }

        public String getKyrgyzA() {
            return kyrgyzA;
        }

        public void setKyrgyzA(String kyrgyzA) {
            this.kyrgyzA = kyrgyzA;
        }

        public String getKyrgyzB() {
            return kyrgyzB;
        }

        public void setKyrgyzB(String kyrgyzB) {
            this.kyrgyzB = kyrgyzB;
        }

        public String getKyrgyzC() {
            return kyrgyzC;
        }

        public void setKyrgyzC(String kyrgyzC) {
            this.kyrgyzC = kyrgyzC;
        }

        public String getKyrgyzD() {
            return kyrgyzD;
        }

        public void setKyrgyzD(String kyrgyzD) {
            this.kyrgyzD = kyrgyzD;
        }

        public String getRussianText() {
            return russianText;
        }

        public void setRussianText(String russianText) {
            this.russianText = russianText;
        }

        public String getRussianA() {
            return russianA;
        }

        public void setRussianA(String russianA) {
            this.russianA = russianA;
        }

        public String getRussianB() {
            return russianB;
        }

        public void setRussianB(String russianB) {
            this.russianB = russianB;
        }

        public String getRussianC() {
            return russianC;
        }

        public void setRussianC(String russianC) {
            this.russianC = russianC;
        }

        public String getRussianD() {
            return russianD;
        }

        public void setRussianD(String russianD) {
            this.russianD = russianD;
        }

        public Integer getCorrectOption() {
            return correctOption;
        }

        public void setCorrectOption(Integer correctOption) {
            this.correctOption = correctOption;
        }
    }
}
