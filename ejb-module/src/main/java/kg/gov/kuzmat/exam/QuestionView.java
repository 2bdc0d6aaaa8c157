package kg.gov.kuzmat.exam;

import java.io.Serializable;
import java.time.Instant;

/** A question revision as the bank's administrators see it, correct option included. */
public record QuestionView(long id, long lineage, int revision, long topicId, String topicCode, QuestionStatus status,
                           WordingDraft kyrgyz, WordingDraft russian, int correctOption,
                           String writtenBy, Instant writtenAt, String decidedBy, Instant decidedAt) implements Serializable {

    static QuestionView of(ExamQuestion question) {
        return new QuestionView(question.getId(), question.getLineage(), question.getRevision(), question.getTopic().getId(),
                question.getTopic().getCode(), question.getStatus(), WordingDraft.of(question.getKyrgyz()),
                WordingDraft.of(question.getRussian()), question.getCorrectOption(), question.getWrittenBy(),
                question.getWrittenAt(), question.getDecidedBy(), question.getDecidedAt());
    }
}
