package kg.gov.kuzmat.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * k-anonymity for counts of people: a count from 1 to {@value #K}−1 is suppressed. When one figure of a
 * table is suppressed and the table's total is shown, it could be worked out by subtraction, so the
 * smallest other figure is suppressed too.
 */
final class Suppression {

    static final int K = 5;

    private Suppression() {
    }

    static List<Cell> apply(List<Cell> cells) {
        List<Cell> result = new ArrayList<>();
        for (Cell cell : cells) {
            boolean small = cell.count() != null && cell.count() > 0 && cell.count() < K;
            result.add(small ? new Cell(cell.row(), cell.column(), null) : cell);
        }
        long suppressed = result.stream().filter(Cell::isSuppressed).count();
        if (suppressed == 1) {
            result.stream().filter(c -> !c.isSuppressed() && c.count() > 0).min(Comparator.comparingLong(Cell::count))
                    .ifPresent(smallest -> result.set(result.indexOf(smallest), new Cell(smallest.row(), smallest.column(), null)));
        }
        return List.copyOf(result);
    }

    /** A total of people, shown only when it is at least K (zero stays zero). */
    static Long total(long count) {
        return count > 0 && count < K ? null : count;
    }
}
