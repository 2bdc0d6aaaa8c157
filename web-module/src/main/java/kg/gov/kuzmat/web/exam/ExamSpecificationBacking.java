package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.exam.ExamSpecification;
import kg.gov.kuzmat.exam.ExamSpecifications;
import kg.gov.kuzmat.exam.QuestionBank;
import kg.gov.kuzmat.exam.TopicShare;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.web.exam.QuestionBankBacking.Topic;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * admin/exam-specifications.xhtml[?group=…]: the test of each position group at a glance, and the form for one
 * group's test: time limit, pass score and how many questions each topic gives. The form saves against the version
 * it was loaded from, so two administrators editing at once cannot overwrite each other unseen.
 */
@Named
@ViewScoped
public class ExamSpecificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExamSpecifications specifications;

    @EJB
    private QuestionBank bank;

    /** The group as the query string names it; anything else opens the first group. */
    private String groupName;
    private PositionGroup group;
    private List<Topic> topics;
    private List<Summary> summaries;

    /** The version the form was loaded from, or null while the group has no test yet. */
    private Long loadedVersion;
    private Integer minutes;
    private Integer passScore;
    private final Map<Long, Integer> counts = new HashMap<>();

    /** The view action. */
    public void load() {
        if (topics != null) {
            return;
        }
        group = Arrays.stream(PositionGroup.values()).filter(g -> g.name().equals(groupName)).findFirst()
                .orElse(PositionGroup.values()[0]);
        topics = Topic.all(bank.topics());
        summarise();
        fill(specifications.of(group));
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (minutes == null || passScore == null) {
            Messages.error(faces, "examAdmin.specification.numbersRequired");
            return;
        }
        List<TopicShare> shares = topics.stream()
                .filter(t -> counts.get(t.id()) != null && counts.get(t.id()) > 0)
                .map(t -> new TopicShare(t.id(), counts.get(t.id())))
                .toList();
        try {
            ExamSpecification saved = specifications.define(group, loadedVersion, minutes, passScore, shares);
            loadedVersion = saved.getVersion();
            Messages.info(faces, "examAdmin.specification.saved", Messages.text(faces, "positionGroup." + group.name()));
            summarise();
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
        }
    }

    private void fill(Optional<ExamSpecification> specification) {
        counts.clear();
        loadedVersion = specification.map(ExamSpecification::getVersion).orElse(null);
        minutes = specification.map(ExamSpecification::getTimeLimitMinutes).orElse(null);
        passScore = specification.map(ExamSpecification::getPassScore).orElse(null);
        specification.ifPresent(s -> s.getShares().forEach(share -> counts.put(share.getTopicId(), share.getQuestionCount())));
    }

    private void summarise() {
        Map<Long, String> codes = topics.stream().collect(Collectors.toMap(Topic::id, Topic::code));
        summaries = Arrays.stream(PositionGroup.values())
                .map(g -> specifications.of(g).map(s -> new Summary(g, true, s.getTimeLimitMinutes(), s.getPassScore(), s.questionCount(),
                                s.getShares().stream()
                                        .map(share -> codes.getOrDefault(share.getTopicId(), "#" + share.getTopicId()) + " × " + share.getQuestionCount())
                                        .collect(Collectors.joining(", "))))
                        .orElse(new Summary(g, false, 0, 0, 0, "")))
                .toList();
    }

    /** The questions the form draws in all: the counts as typed (or saved) that are above zero. */
    public int getTotal() {
        return counts.values().stream().filter(c -> c != null && c > 0).mapToInt(Integer::intValue).sum();
    }

    public int getMaxQuestions() {
        return ExamSpecification.MAX_QUESTIONS;
    }

    public int getMinMinutes() {
        return ExamSpecification.MIN_MINUTES;
    }

    public int getMaxMinutes() {
        return ExamSpecification.MAX_MINUTES;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public PositionGroup getGroup() {
        return group;
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public List<Summary> getSummaries() {
        return summaries;
    }

    public boolean isDefined() {
        return loadedVersion != null;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getPassScore() {
        return passScore;
    }

    public void setPassScore(Integer passScore) {
        this.passScore = passScore;
    }

    public Map<Long, Integer> getCounts() {
        return counts;
    }

    /** One group's test as the overview shows it; {@code topics} reads "CODE × count, …". */
    public record Summary(PositionGroup group, boolean defined, int minutes, int passScore, int questions, String topics)
            implements Serializable {
    }
}
