package kg.gov.kuzmat.applicant;

import kg.gov.kuzmat.platform.BusinessException;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The 14-digit personal identification number (ПИН) of a citizen of the Kyrgyz Republic: the first
 * digit is the sex (1 female, 2 male), the next eight the date of birth as DDMMYYYY, the last five a
 * serial number given by the civil registry. The serial part carries no check digit that we know of,
 * so a well-formed number is not proof that it was issued: uniqueness is checked against the accounts,
 * and verification against the registry is the Agency's (policy 1.3).
 */
public final class PersonalNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 14;
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    public enum Sex { FEMALE, MALE }

    private final String digits;
    private final Sex sex;
    private final LocalDate birthDate;

    private PersonalNumber(String digits, Sex sex, LocalDate birthDate) {
        this.digits = digits;
        this.sex = sex;
        this.birthDate = birthDate;
    }

    /**
     * Reads a number as a person types it (spaces allowed between groups) and refuses it with a
     * message key that says what is wrong with it.
     */
    public static PersonalNumber parse(String text, LocalDate today) {
        String digits = text == null ? "" : text.replaceAll("\\s", "");
        if (digits.isEmpty()) {
            throw new BusinessException("pin.required");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BusinessException("pin.digitsOnly");
        }
        if (digits.length() != LENGTH) {
            throw new BusinessException("pin.length", LENGTH, digits.length());
        }
        Sex sex = switch (digits.charAt(0)) {
            case '1' -> Sex.FEMALE;
            case '2' -> Sex.MALE;
            default -> throw new BusinessException("pin.sexDigit");
        };
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(digits.substring(5, 9)),
                    Integer.parseInt(digits.substring(3, 5)), Integer.parseInt(digits.substring(1, 3)));
        } catch (DateTimeException notADate) {
            throw new BusinessException("pin.birthDate");
        }
        if (birthDate.getYear() < EARLIEST_BIRTH_YEAR || birthDate.isAfter(today)) {
            throw new BusinessException("pin.birthDate");
        }
        return new PersonalNumber(digits, sex, birthDate);
    }

    /** The date of birth a person gives must be the one their number encodes. */
    public void requireBirthDate(LocalDate declared) {
        if (!birthDate.equals(declared)) {
            throw new BusinessException("pin.birthDateMismatch");
        }
    }

    public String digits() {
        return digits;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Never the number itself: it is personal data and must not reach logs. */
    @Override
    public String toString() {
        return "PersonalNumber[" + digits.substring(0, 1) + "*************]";
    }
}
