package kg.gov.kuzmat.exam;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: either every question was added, or none was and each rejected row says why
 * (a message key and its arguments, translated where shown).
 */
public record ImportReport(int rowsRead, int imported, List<Rejection> rejections) implements Serializable {

    /** A row that could not be imported; {@code row} counts from 1 as the spreadsheet shows, header included. */
    public record Rejection(int row, String messageKey, List<Serializable> arguments) implements Serializable {
    }

    public boolean isImported() {
        return rejections.isEmpty() && imported > 0;
    }
}
