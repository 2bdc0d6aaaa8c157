package kg.gov.kuzmat.agency;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalizedNameTest {

    private final LocalizedName name = new LocalizedName("Финансы министрлиги", "Министерство финансов", "Ministry of Finance");

    @Test
    void eachPortalLanguageReadsItsOwnName() {
        assertEquals("Финансы министрлиги", name.in(Locale.forLanguageTag("ky")));
        assertEquals("Министерство финансов", name.in(Locale.forLanguageTag("ru")));
        assertEquals("Ministry of Finance", name.in(Locale.ENGLISH));
    }

    @Test
    void anyOtherLanguageReadsTheStateLanguage() {
        assertEquals("Финансы министрлиги", name.in(Locale.GERMAN));
    }

    @Test
    void allThreeNamesAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedName("Аты", " ", "Name"));
    }

    @Test
    void anAgencyCodeIsAStableUrlFriendlyIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> new Agency("Minfin KG", name, AgencyType.STATE, Region.BISHKEK));
    }
}
