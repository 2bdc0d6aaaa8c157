package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.agency.LocalizedName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The HR officer's pipeline of one competition: its stage, rules, every candidate's standing and the record. */
public record CompetitionView(long vacancyId, long version, String vacancyTitle, LocalizedName agencyName, CompetitionStage stage,
                              int passScore, int maxScore,
                              String testingInvitation, String interviewInvitation, Instant decidedAt,
                              boolean nameBlind, boolean identityHidden,
                              Map<Stage, Long> competingAt, List<Candidate> candidates, List<Entry> record)
        implements Serializable {

    /** {@code fullName} is null while a name-blind review hides it. */
    public record Candidate(long applicationId, long version, String registrationNumber, String fullName, Stage stage,
                            Outcome outcome, String reason, Integer testScore, BigDecimal interviewScore,
                            int documents, int documentsChecked) implements Serializable {
    }

    public record Entry(Instant at, String actor, String what) implements Serializable {
    }
}
