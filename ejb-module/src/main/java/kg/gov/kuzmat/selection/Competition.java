package kg.gov.kuzmat.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;
import java.time.Instant;

/**
 * The competition for one vacancy: the stage it is at, the test's pass threshold (30 correct of 60
 * unless set otherwise), the invitations, and the moment of the final decision, after which nothing
 * changes. Stages come in order, none skipped, none reopened.
 */
@Entity
@Table(name = "competition")
public class Competition {

    public static final int DEFAULT_PASS_SCORE = 30;
    public static final int DEFAULT_MAX_SCORE = 60;

    @Id
    @Column(name = "vacancy_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id")
    private Vacancy vacancy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CompetitionStage stage;

    @Column(name = "pass_score", nullable = false)
    private int passScore;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "testing_invitation", length = 500)
    private String testingInvitation;

    @Column(name = "interview_invitation", length = 500)
    private String interviewInvitation;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "name_blind", nullable = false)
    private boolean nameBlind;

    @Version
    private long version;

    protected Competition() {
        // for JPA
    }

    Competition(Vacancy vacancy) {
        this.vacancy = vacancy;
        this.stage = CompetitionStage.DOCUMENT_ACCEPTANCE;
        this.passScore = DEFAULT_PASS_SCORE;
        this.maxScore = DEFAULT_MAX_SCORE;
    }

    /** Moves to the next stage; document review only once applications are no longer accepted. */
    void advance(Clock clock, String invitation) {
        requireNotDecided();
        if (stage == CompetitionStage.DOCUMENT_ACCEPTANCE && vacancy.isOpenForApplications(clock)) {
            throw new BusinessException("competition.stillAccepting");
        }
        if (stage == CompetitionStage.INTERVIEW) {
            throw new BusinessException("competition.decideInstead");
        }
        CompetitionStage next = stage.next();
        if (next == CompetitionStage.TESTING || next == CompetitionStage.INTERVIEW) {
            if (invitation == null || invitation.isBlank()) {
                throw new BusinessException("competition.invitationRequired");
            }
            if (next == CompetitionStage.TESTING) {
                testingInvitation = invitation.strip();
            } else {
                interviewInvitation = invitation.strip();
            }
        }
        stage = next;
    }

    /** The test's pass score and maximum, set before testing opens: candidates must know the bar in advance. */
    void setScores(int pass, int max) {
        requireNotDecided();
        if (stage != CompetitionStage.DOCUMENT_ACCEPTANCE && stage != CompetitionStage.DOCUMENT_REVIEW) {
            throw new BusinessException("competition.scoresFixed");
        }
        if (max < 1 || max > 500 || pass < 1 || pass > max) {
            throw new BusinessException("competition.scoresInvalid");
        }
        passScore = pass;
        maxScore = max;
    }

    /** Chosen before the review starts: switching it on after names were seen would protect nothing. */
    void reviewNameBlind(boolean on) {
        requireAt(CompetitionStage.DOCUMENT_ACCEPTANCE);
        nameBlind = on;
    }

    /** Reviewers see no identity until testing: names, contacts, the personal number, identity documents. */
    boolean hidesIdentity() {
        return nameBlind && (stage == CompetitionStage.DOCUMENT_ACCEPTANCE || stage == CompetitionStage.DOCUMENT_REVIEW);
    }

    /** Back to the previous stage, for a reason the caller records; never before review or after the decision. */
    CompetitionStage stepBack() {
        requireNotDecided();
        if (stage == CompetitionStage.DOCUMENT_ACCEPTANCE || stage == CompetitionStage.DOCUMENT_REVIEW) {
            throw new BusinessException("competition.cannotGoBack");
        }
        CompetitionStage from = stage;
        stage = CompetitionStage.values()[stage.ordinal() - 1];
        if (from == CompetitionStage.TESTING) {
            testingInvitation = null;
        } else {
            interviewInvitation = null;
        }
        return from;
    }

    void decide(Instant now) {
        requireAt(CompetitionStage.INTERVIEW);
        stage = CompetitionStage.DECIDED;
        decidedAt = now;
    }

    void requireAt(CompetitionStage expected) {
        requireNotDecided();
        if (stage != expected) {
            throw new BusinessException("competition.wrongStage");
        }
    }

    void requireNotDecided() {
        if (stage == CompetitionStage.DECIDED) {
            throw new BusinessException("competition.decided");
        }
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public CompetitionStage getStage() {
        return stage;
    }

    public int getPassScore() {
        return passScore;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public String getTestingInvitation() {
        return testingInvitation;
    }

    public String getInterviewInvitation() {
        return interviewInvitation;
    }

    public boolean isNameBlind() {
        return nameBlind;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
