package kg.gov.kuzmat.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SuppressionTest {

    private static Cell cell(String row, long count) {
        return new Cell(row, null, count);
    }

    @Test
    void countsOfOneToFourPeopleAreSuppressedZeroAndFiveAreNot() {
        List<Cell> cells = Suppression.apply(List.of(cell("a", 0), cell("b", 4), cell("c", 5), cell("d", 1), cell("e", 40)));
        assertEquals(0L, cells.get(0).count());
        assertNull(cells.get(1).count());
        assertEquals(5L, cells.get(2).count());
        assertNull(cells.get(3).count());
        assertEquals(40L, cells.get(4).count());
    }

    @Test
    void aLoneSuppressedFigureTakesTheSmallestOtherWithItSoThatNoSubtractionRevealsIt() {
        List<Cell> cells = Suppression.apply(List.of(cell("a", 3), cell("b", 12), cell("c", 7), cell("d", 0)));
        assertNull(cells.get(0).count());
        assertEquals(12L, cells.get(1).count());
        assertNull(cells.get(2).count(), "the smallest other figure goes too");
        assertEquals(0L, cells.get(3).count());
    }

    @Test
    void totalsOfFewPeopleAreNotShown() {
        assertNull(Suppression.total(3));
        assertEquals(0L, Suppression.total(0));
        assertEquals(5L, Suppression.total(5));
    }
}
