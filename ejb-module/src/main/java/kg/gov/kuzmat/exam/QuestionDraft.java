package kg.gov.kuzmat.exam;

/** A question as its author submits it; the bank checks it. The correct option is 1 to 4 (A to D). */
public record QuestionDraft(Long topicId, WordingDraft kyrgyz, WordingDraft russian, Integer correctOption) {
}
