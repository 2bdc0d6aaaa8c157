package kg.gov.kuzmat.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainTextTest {

    @Test
    void bidiOverridesZeroWidthCharactersAndByteOrderMarksAreRemoved() {
        assertEquals("Асанов", PlainText.of("\u202EАса\u200Bнов\u202C"));
        assertEquals("Айгерим", PlainText.of("\uFEFFАйгерим\u2066\u2069"));
        assertEquals("Асан уулу", PlainText.of("  Асан \u200D  уулу\t"));
    }

    @Test
    void textOfOnlyInvisibleCharactersIsNothing() {
        assertNull(PlainText.of("\u200B\u200C\u202E "));
        assertNull(PlainText.of(null));
    }
}
