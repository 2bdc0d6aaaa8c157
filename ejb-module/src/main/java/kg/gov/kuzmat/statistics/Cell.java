package kg.gov.kuzmat.statistics;

import java.io.Serializable;

/**
 * One figure of a table: its row and column keys and the count, or null where the count of people is
 * suppressed because it would describe fewer than {@value Suppression#K} of them.
 */
public record Cell(String row, String column, Long count) implements Serializable {

    public boolean isSuppressed() {
        return count == null;
    }
}
