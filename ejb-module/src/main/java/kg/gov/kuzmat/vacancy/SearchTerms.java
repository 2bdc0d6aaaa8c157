package kg.gov.kuzmat.vacancy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Splits text into the lower-case words the search index holds and a query looks for. */
public final class SearchTerms {

    public static final int MAX_TERM_LENGTH = 40;
    /** Shorter words ("и", "в", "жана" aside) carry no meaning for a search. */
    public static final int MIN_TERM_LENGTH = 2;
    public static final int MAX_QUERY_WORDS = 8;

    private SearchTerms() {
    }

    public static Set<String> of(String... texts) {
        return Arrays.stream(texts)
                .flatMap(text -> words(RichText.plainText(text)).stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The words of a search query, at most {@value #MAX_QUERY_WORDS}. */
    public static List<String> ofQuery(String query) {
        return words(query).stream().distinct().limit(MAX_QUERY_WORDS).toList();
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{Nd}]+"))
                .filter(word -> word.length() >= MIN_TERM_LENGTH)
                .map(word -> word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word)
                .toList();
    }
}
