package kg.gov.kuzmat.applicant;

import kg.gov.kuzmat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PersonalNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aMansNumberGivesHisSexAndDateOfBirth() {
        PersonalNumber pin = PersonalNumber.parse("21507199000123", TODAY);

        assertEquals(PersonalNumber.Sex.MALE, pin.sex());
        assertEquals(LocalDate.of(1990, 7, 15), pin.birthDate());
    }

    @Test
    void aWomansNumberTypedInGroupsIsReadAsItsDigits() {
        PersonalNumber pin = PersonalNumber.parse(" 1 01011985 00001 ", TODAY);

        assertEquals("10101198500001", pin.digits());
        assertEquals(PersonalNumber.Sex.FEMALE, pin.sex());
        assertEquals(LocalDate.of(1985, 1, 1), pin.birthDate());
    }

    @Test
    void aLeapDayBirthIsAValidDate() {
        assertEquals(LocalDate.of(2000, 2, 29), PersonalNumber.parse("22902200012345", TODAY).birthDate());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "'', pin.required",
            "2150719900012, pin.length",
            "215071990001234, pin.length",
            "2150719900012A, pin.digitsOnly",
            "2150-719900012, pin.digitsOnly",
            "31507199000123, pin.sexDigit",
            "01507199000123, pin.sexDigit",
            "23102199000001, pin.birthDate",     // 31 February
            "22902200112345, pin.birthDate",     // 29 February of a common year
            "20113199000001, pin.birthDate",     // month 13
            "20101189900001, pin.birthDate",     // before 1900
            "20112202700001, pin.birthDate",     // born after today
    })
    void aMalformedNumberIsRefusedWithTheReason(String text, String reason) {
        BusinessException refusal = assertThrows(BusinessException.class, () -> PersonalNumber.parse(text, TODAY));
        assertEquals(reason, refusal.getMessageKey());
    }

    @Test
    void theDeclaredDateOfBirthMustBeTheEncodedOne() {
        PersonalNumber pin = PersonalNumber.parse("21507199000123", TODAY);

        pin.requireBirthDate(LocalDate.of(1990, 7, 15));
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> pin.requireBirthDate(LocalDate.of(1990, 7, 16)));
        assertEquals("pin.birthDateMismatch", refusal.getMessageKey());
    }

    @Test
    void theNumberNeverAppearsInLogs() {
        assertFalse(PersonalNumber.parse("21507199000123", TODAY).toString().contains("1507199000123"));
    }
}
