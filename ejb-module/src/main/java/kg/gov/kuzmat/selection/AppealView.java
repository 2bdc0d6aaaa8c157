package kg.gov.kuzmat.selection;

import java.io.Serializable;
import java.time.Instant;

/** An appeal as both sides see it. */
public record AppealView(long id, long applicationId, String registrationNumber, ApplicationEvent.Kind against,
                         Instant filedAt, String grounds, Appeal.Decision decision, String decisionReason, Instant decidedAt)
        implements Serializable {

    static AppealView of(Appeal appeal) {
        return new AppealView(appeal.getId(), appeal.getApplication().getId(), appeal.getApplication().getRegistrationNumber(),
                appeal.getAgainst(), appeal.getFiledAt(), appeal.getGrounds(), appeal.getDecision(), appeal.getDecisionReason(),
                appeal.getDecidedAt());
    }
}
