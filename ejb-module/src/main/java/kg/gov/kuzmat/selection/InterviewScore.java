package kg.gov.kuzmat.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** One commission member's interview score of a candidate, 0 to {@value #MAX}. */
@Embeddable
public class InterviewScore implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 10;

    @Column(name = "member_name", nullable = false, length = 200)
    private String member;

    @Column(nullable = false)
    private int score;

    protected InterviewScore() {
        // for JPA
    }

    public InterviewScore(String member, int score) {
        this.member = member;
        this.score = score;
    }

    public String getMember() {
        return member;
    }

    public int getScore() {
        return score;
    }
}
