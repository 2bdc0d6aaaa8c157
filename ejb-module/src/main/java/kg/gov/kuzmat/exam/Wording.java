package kg.gov.kuzmat.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import kg.gov.kuzmat.platform.BusinessException;

import java.io.Serializable;
import java.util.List;

/** A question as it reads in one language: the question and its four options, A to D. */
@Embeddable
public class Wording implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TEXT = 2000;
    public static final int MAX_OPTION = 500;

    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "option_a", nullable = false, length = MAX_OPTION)
    private String optionA;

    @Column(name = "option_b", nullable = false, length = MAX_OPTION)
    private String optionB;

    @Column(name = "option_c", nullable = false, length = MAX_OPTION)
    private String optionC;

    @Column(name = "option_d", nullable = false, length = MAX_OPTION)
    private String optionD;

    protected Wording() {
        // for JPA
    }

    /** Refused unless the question and all four options are written, within their lengths, and distinct. */
    public Wording(String text, String optionA, String optionB, String optionC, String optionD) {
        this.text = required(text, MAX_TEXT);
        this.optionA = required(optionA, MAX_OPTION);
        this.optionB = required(optionB, MAX_OPTION);
        this.optionC = required(optionC, MAX_OPTION);
        this.optionD = required(optionD, MAX_OPTION);
        if (options().stream().map(String::toLowerCase).distinct().count() < 4) {
            throw new BusinessException("exam.optionsRepeat");
        }
    }

    private static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("exam.wordingIncomplete");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("exam.wordingTooLong", max);
        }
        return stripped;
    }

    public List<String> options() {
        return List.of(optionA, optionB, optionC, optionD);
    }

    /** Option 1 to 4 (A to D). */
    public String option(int number) {
        return options().get(number - 1);
    }

    public String getText() {
        return text;
    }
}
