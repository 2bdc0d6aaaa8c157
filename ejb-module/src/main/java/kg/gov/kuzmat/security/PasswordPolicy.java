package kg.gov.kuzmat.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.enterprise.context.ApplicationScoped;
import kg.gov.kuzmat.platform.BusinessException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}
 * (PBKDF2 of a megabyte is a denial of service), and not guessable: zxcvbn's estimate, which checks
 * lists of common passwords, names, keyboard patterns and dates and the person's own data, must reach
 * {@value #MIN_SCORE} of 4 (about 10^8 guesses). No rules on character classes: length beats them.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;

    private final Zxcvbn estimator = new Zxcvbn();

    /** Refuses the password with the reason; {@code personalWords} are the person's e-mail, names and so on. */
    public void check(String password, String... personalWords) {
        if (password == null || password.isEmpty()) {
            throw new BusinessException("password.required");
        }
        if (password.length() < MIN_LENGTH) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password.tooLong", MAX_LENGTH);
        }
        List<String> words = Arrays.stream(personalWords).filter(Objects::nonNull).filter(word -> !word.isBlank())
                .flatMap(word -> Arrays.stream(word.split("[@.\\s]+")))
                .filter(word -> word.length() >= 3)
                .toList();
        Strength strength = estimator.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            throw new BusinessException("password.guessable");
        }
    }
}
