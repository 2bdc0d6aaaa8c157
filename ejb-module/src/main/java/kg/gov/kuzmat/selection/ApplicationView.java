package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.agency.LocalizedName;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application as its applicant, or the HR officer of the vacancy's agency, sees it. */
public record ApplicationView(long id, String registrationNumber, long vacancyId, String vacancyTitle,
                              LocalizedName agencyName, LocalDate applicationDeadline, Stage stage, Outcome outcome,
                              Instant submittedAt,
                              boolean withdrawable, List<Step> timeline, List<Document> documents,
                              ApplicationSnapshot snapshot, List<AppealView> appeals, boolean appealable,
                              Results results, List<Recording> recordings) implements Serializable {

    /** An interview recording of this candidate, kept until the day given. */
    public record Recording(long id, String fileName, int sizeBytes, LocalDate retainUntil) implements Serializable {
    }

    /**
     * The candidate's scores: the test with its pass score and maximum, the interview average, and,
     * once the commission has decided, their rank among those interviewed (by interview score).
     */
    public record Results(Integer testScore, Integer passScore, Integer maxScore, BigDecimal interviewScore, Integer rank,
                          Integer ranked) implements Serializable {
    }

    /** One dated step of the timeline. */
    public record Step(Instant at, ApplicationEvent.Kind kind, String detail) implements Serializable {
    }

    /** A document copied into the application. */
    /** {@code verified} is null until an officer compared it with the original (policy 2.1.4). */
    public record Document(long id, String kind, String fileName, String contentType, int sizeBytes, Boolean verified,
                           String verificationNote) implements Serializable {
    }
}
