package kg.gov.kuzmat.statistics;

import java.io.Serializable;

/** The public summary: this year's headline figures; a count of people under five is not shown (null). */
public record Headlines(int year, long vacanciesPublished, long vacanciesOpenNow, Long applications, long competitionsDecided,
                        Long medianDaysToDecision) implements Serializable {
}
