package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.exam.QuestionBank;
import kg.gov.kuzmat.exam.QuestionStatistic;

import java.util.List;

/**
 * admin/question-statistics.xhtml[?flagged=true]: how each question fared in finished tests, hardest first, so that
 * administrators can revise or retire the questions almost everyone or almost no one answers right.
 */
@Named
@RequestScoped
public class QuestionStatisticsBacking {

    @EJB
    private QuestionBank bank;

    private boolean flagged;
    private List<QuestionStatistic> statistics;

    public List<QuestionStatistic> getStatistics() {
        if (statistics == null) {
            statistics = bank.statistics().stream().filter(s -> !flagged || s.isTooEasy() || s.isTooHard()).toList();
        }
        return statistics;
    }

    /** The key of the flag a question earns, or null if it needs no second look. */
    public String flag(QuestionStatistic statistic) {
        return statistic.isTooEasy() ? "examAdmin.statistics.tooEasy" : statistic.isTooHard() ? "examAdmin.statistics.tooHard" : null;
    }

    public int getMinAnswers() {
        return QuestionStatistic.MIN_ANSWERS;
    }

    public double getTooEasy() {
        return QuestionStatistic.TOO_EASY;
    }

    public double getTooHard() {
        return QuestionStatistic.TOO_HARD;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }
}
