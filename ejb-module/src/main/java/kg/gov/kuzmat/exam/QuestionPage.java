package kg.gov.kuzmat.exam;

import java.io.Serializable;
import java.util.List;

/** One page of the bank's questions, with how many match in all. */
public record QuestionPage(List<QuestionView> questions, long total, int page) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + QuestionBank.PAGE_SIZE - 1) / QuestionBank.PAGE_SIZE);
    }
}
