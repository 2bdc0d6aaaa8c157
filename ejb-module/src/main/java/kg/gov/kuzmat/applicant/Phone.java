package kg.gov.kuzmat.applicant;

import kg.gov.kuzmat.platform.BusinessException;

/**
 * A telephone number as people write it ("+996 555 12-34-56", "0555 123456"): stored with the
 * separators removed. Numbers abroad are allowed, so only the count of digits is checked.
 */
public final class Phone {

    private static final int MIN_DIGITS = 9;
    private static final int MAX_DIGITS = 15;

    private Phone() {
    }

    public static String normalize(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s()\\-.]", "");
        String digits = compact.startsWith("+") ? compact.substring(1) : compact;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            throw new BusinessException("phone.invalid");
        }
        return compact;
    }
}
