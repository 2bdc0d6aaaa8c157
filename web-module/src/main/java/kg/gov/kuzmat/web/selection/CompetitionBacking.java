package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.selection.Appeal;
import kg.gov.kuzmat.selection.AppealView;
import kg.gov.kuzmat.selection.CompetitionView;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.selection.InterviewScore;
import kg.gov.kuzmat.selection.Outcome;
import kg.gov.kuzmat.selection.Stage;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.i18n.Messages;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * hr/competition.xhtml?vacancy=…: the HR officer's pipeline of one competition. Every action goes to
 * {@link Competitions}, which enforces the order of stages; this page keeps what was typed when the
 * service refuses, and shows the competition anew after every step.
 */
@Named
@ViewScoped
public class CompetitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Competitions competitions;

    private Long vacancy;
    private CompetitionView view;
    private List<CompetitionView.Candidate> chosen = new ArrayList<>();
    private final Map<Long, Integer> testScores = new HashMap<>();
    private final Map<Long, String> testReasons = new HashMap<>();
    private final Map<Long, String> interviewScores = new HashMap<>();
    private String reason;
    private List<AppealView> appeals;
    /** Files of this request only: an upload is never kept in the session. */
    /** The files chosen in this request: uploads never travel to another node, so they are made anew there. */
    private transient Map<Long, Part> recordings;
    private final Map<Long, String> appealReasons = new HashMap<>();
    private String invitation;
    private Long winner;
    private Integer passScore;
    private Integer maxScore;

    /** The view action; another agency's vacancy is a 404. */
    public void load() throws IOException {
        if (view != null) {
            return;
        }
        try {
            view = vacancy == null ? null : competitions.view(vacancy);
        } catch (BusinessException notOurs) {
            view = null;
        }
        if (view == null) {
            NotFound.answer(FacesContext.getCurrentInstance());
        }
    }

    /** Admits the chosen candidates, and warns of any whose documents nobody compared with the originals yet. */
    public void admitSelected() {
        String unverified = chosen.stream().filter(candidate -> candidate.documentsChecked() < candidate.documents())
                .map(CompetitionView.Candidate::registrationNumber).sorted().collect(Collectors.joining(", "));
        if (attempt(() -> competitions.admit(vacancy, selectedIds())) && !unverified.isEmpty()) {
            Messages.warning(FacesContext.getCurrentInstance(), "competition.admittedUnverified", unverified);
        }
    }

    public void notAdmitSelected() {
        attempt(() -> competitions.notAdmit(vacancy, selectedIds(), reason));
    }

    /** Attaches the chosen recording file to the candidate's interview. */
    public void attachRecording(CompetitionView.Candidate candidate) {
        Part file = getRecordings().get(candidate.applicationId());
        if (file == null || file.getSize() == 0) {
            Messages.error(FacesContext.getCurrentInstance(), "document.empty");
            return;
        }
        attempt(() -> {
            try (InputStream in = file.getInputStream()) {
                competitions.attachRecording(candidate.applicationId(), file.getSubmittedFileName(), in.readAllBytes());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return competitions.view(vacancy);
        });
        getRecordings().clear();
    }

    public Map<Long, Part> getRecordings() {
        if (recordings == null) {
            recordings = new HashMap<>();
        }
        return recordings;
    }

    public void saveTestScores() {
        if (passScore == null || maxScore == null) {
            Messages.error(FacesContext.getCurrentInstance(), "competition.scoresInvalid");
            return;
        }
        attempt(() -> competitions.setTestScores(vacancy, view.version(), passScore, maxScore));
    }

    public Integer getPassScore() {
        return passScore != null ? passScore : view == null ? null : view.passScore();
    }

    public void setPassScore(Integer passScore) {
        this.passScore = passScore;
    }

    public Integer getMaxScore() {
        return maxScore != null ? maxScore : view == null ? null : view.maxScore();
    }

    public void setMaxScore(Integer maxScore) {
        this.maxScore = maxScore;
    }

    public void switchNameBlind() {
        attempt(() -> competitions.reviewNameBlind(vacancy, !view.nameBlind()));
    }

    public void stepBack() {
        attempt(() -> competitions.stepBack(vacancy, view.version(), reason));
    }

    public void advance() {
        attempt(() -> competitions.advance(vacancy, view.version(), invitation));
        invitation = null;
    }

    public void saveTestScore(CompetitionView.Candidate candidate) {
        Integer score = testScores.get(candidate.applicationId());
        if (score == null) {
            Messages.error(FacesContext.getCurrentInstance(), "selection.scoreRequired");
            return;
        }
        attempt(() -> {
            competitions.recordTestScore(candidate.applicationId(), candidate.version(), score,
                    testReasons.get(candidate.applicationId()));
            return competitions.view(vacancy);
        });
    }

    /** The commission's scores, one member per line as "Name: score". */
    public void saveInterview(CompetitionView.Candidate candidate) {
        List<InterviewScore> scores = new ArrayList<>();
        String lines = interviewScores.getOrDefault(candidate.applicationId(), "");
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            try {
                scores.add(new InterviewScore(line.substring(0, Math.max(colon, 0)).strip(),
                        Integer.parseInt(line.substring(colon + 1).strip())));
            } catch (NumberFormatException | StringIndexOutOfBoundsException notAScore) {
                Messages.error(FacesContext.getCurrentInstance(), "selection.interviewScoreInvalid", InterviewScore.MAX);
                return;
            }
        }
        attempt(() -> {
            competitions.recordInterview(candidate.applicationId(), candidate.version(), scores);
            return competitions.view(vacancy);
        });
    }

    public void decide() {
        if (winner == null) {
            Messages.error(FacesContext.getCurrentInstance(), "competition.invalidDecision");
            return;
        }
        Set<Long> reserve = selectedIds();
        reserve.remove(winner);
        attempt(() -> competitions.decide(vacancy, view.version(), winner, reserve));
    }

    public List<AppealView> getAppeals() {
        if (appeals == null) {
            appeals = competitions.appeals(vacancy);
        }
        return appeals;
    }

    public void decideAppeal(long appealId, boolean uphold) {
        attempt(() -> {
            competitions.decideAppeal(appealId, uphold ? Appeal.Decision.UPHELD : Appeal.Decision.REJECTED,
                    appealReasons.get(appealId));
            return competitions.view(vacancy);
        });
    }

    public Map<Long, String> getAppealReasons() {
        return appealReasons;
    }

    /** Takes the step and says how it went; answers whether it was taken. */
    private boolean attempt(Supplier<CompetitionView> step) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            view = step.get();
            appeals = null;
            chosen = new ArrayList<>();
            reason = null;
            Messages.info(faces, "competition.saved");
            return true;
        } catch (BusinessException refusal) {
            Messages.error(faces, refusal);
            view = competitions.view(vacancy);
            return false;
        }
    }

    private Set<Long> selectedIds() {
        return chosen.stream().map(CompetitionView.Candidate::applicationId).collect(Collectors.toCollection(HashSet::new));
    }

    /** A line of the competition's record in the reader's language. */
    public String describe(CompetitionView.Entry entry) {
        return CompetitionRecordText.describe(entry, new LocalizedText(FacesContext.getCurrentInstance()));
    }

    /** How many candidates still compete at each stage. */
    public List<Map.Entry<Stage, Long>> getStageCounts() {
        return new ArrayList<>(view.competingAt().entrySet());
    }

    /** The candidates still competing at the stage the competition is at: those an action applies to. */
    public boolean competing(CompetitionView.Candidate candidate) {
        Stage stage = view.stage().candidatesStage();
        return candidate.outcome() == Outcome.IN_PROGRESS && stage != null && candidate.stage() == stage;
    }

    public List<CompetitionView.Candidate> getFinalists() {
        return view.candidates().stream().filter(this::competing).toList();
    }

    public boolean isInvitationNeeded() {
        return switch (view.stage()) {
            case DOCUMENT_REVIEW, TESTING -> true;
            default -> false;
        };
    }

    public Long getVacancy() {
        return vacancy;
    }

    public void setVacancy(Long vacancy) {
        this.vacancy = vacancy;
    }

    public CompetitionView getView() {
        return view;
    }

    public List<CompetitionView.Candidate> getChosen() {
        return chosen;
    }

    public void setChosen(List<CompetitionView.Candidate> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public Map<Long, Integer> getTestScores() {
        return testScores;
    }

    public Map<Long, String> getTestReasons() {
        return testReasons;
    }

    public Map<Long, String> getInterviewScores() {
        return interviewScores;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }

    public Long getWinner() {
        return winner;
    }

    public void setWinner(Long winner) {
        this.winner = winner;
    }
}
