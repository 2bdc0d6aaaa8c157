package kg.gov.kuzmat.web.vacancy;

import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.vacancy.CompetitionType;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySort;
import kg.gov.kuzmat.web.faces.SearchQuery;

import java.util.ArrayList;
import kg.gov.kuzmat.web.i18n.LocalizedText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one mapping between URL query parameters and a catalogue search, shared by the search page, the
 * feed and the open-data API, so that a search looks the same wherever it is written. Pages are
 * numbered from 1 in URLs.
 */
public final class SearchParameters {

    public static final String QUERY = "q";
    public static final String AGENCY = "agency";
    public static final String AGENCY_TYPE = "agencyType";
    public static final String REGION = "region";
    public static final String GROUP = "group";
    public static final String SALARY_FROM = "salaryFrom";
    public static final String COMPETITION = "competition";
    public static final String INCLUDE_CLOSED = "all";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private SearchParameters() {
    }

    /** A search and the names of the parameters whose values could not be understood. */
    public record Parsed(VacancySearch search, List<String> invalid) {
        public boolean valid() {
            return invalid.isEmpty();
        }
    }

    /** Reads a search; a value that cannot be understood is left out of it and named in {@code invalid}. */
    public static Parsed parse(Function<String, String> parameter, int defaultSize) {
        List<String> invalid = new ArrayList<>();
        String query = text(parameter.apply(QUERY), 200, QUERY, invalid);
        String agency = text(parameter.apply(AGENCY), 40, AGENCY, invalid);
        AgencyType agencyType = choice(AgencyType.class, parameter.apply(AGENCY_TYPE), AGENCY_TYPE, invalid);
        Region region = choice(Region.class, parameter.apply(REGION), REGION, invalid);
        PositionGroup group = choice(PositionGroup.class, parameter.apply(GROUP), GROUP, invalid);
        Integer salaryFrom = number(parameter.apply(SALARY_FROM), 0, Integer.MAX_VALUE, SALARY_FROM, invalid);
        CompetitionType competition = choice(CompetitionType.class, parameter.apply(COMPETITION), COMPETITION, invalid);
        String all = blankToNull(parameter.apply(INCLUDE_CLOSED));
        if (all != null && !all.equals("true") && !all.equals("false")) {
            invalid.add(INCLUDE_CLOSED);
        }
        VacancySort sort = choice(VacancySort.class, parameter.apply(SORT), SORT, invalid);
        Integer page = number(parameter.apply(PAGE), 1, 100_000, PAGE, invalid);
        Integer size = number(parameter.apply(SIZE), 1, VacancySearch.MAX_PAGE_SIZE, SIZE, invalid);
        VacancySearch search = new VacancySearch(query, agency, agencyType, region, group, salaryFrom, competition,
                !"true".equals(all), sort, page == null ? 0 : page - 1, size == null ? defaultSize : size);
        return new Parsed(search, List.copyOf(invalid));
    }

    /** The query string of a search at the given page (0-based), with only the parameters in use. */
    public static String queryString(VacancySearch search, int page) {
        return SearchQuery.of(pairs(search, page));
    }

    /** The same parameters as names and plain values, e.g. for hidden fields of a form. */
    public static List<Map.Entry<String, String>> pairs(VacancySearch search, int page) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        add(pairs, QUERY, search.query());
        add(pairs, AGENCY, search.agencyCode());
        add(pairs, AGENCY_TYPE, search.agencyType());
        add(pairs, REGION, search.region());
        add(pairs, GROUP, search.positionGroup());
        add(pairs, SALARY_FROM, search.salaryFrom());
        add(pairs, COMPETITION, search.competitionType());
        add(pairs, INCLUDE_CLOSED, search.openOnly() ? null : "true");
        add(pairs, SORT, search.sort());
        add(pairs, PAGE, page == 0 ? null : page + 1);
        return pairs;
    }

    private static void add(List<Map.Entry<String, String>> pairs, String name, Object value) {
        if (value != null) {
            pairs.add(Map.entry(name, value.toString()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value, int maxLength, String name, List<String> invalid) {
        String text = blankToNull(value);
        if (text != null && text.length() > maxLength) {
            invalid.add(name);
            return null;
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String name, List<String> invalid) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            invalid.add(name);
            return null;
        }
    }

    private static Integer number(String value, int min, int max, String name, List<String> invalid) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        invalid.add(name);
        return null;
    }

    /** What a parameter accepts, in words for client developers (the API's problem documents). */
    /** What a parameter accepts, for a client whose value was refused, in its language. */
    public static String accepted(String name, LocalizedText texts) {
        return switch (name) {
            case QUERY, AGENCY, SALARY_FROM, INCLUDE_CLOSED, PAGE -> texts.text("api.accepts." + name);
            case AGENCY_TYPE -> oneOf(AgencyType.class, texts);
            case REGION -> oneOf(Region.class, texts);
            case GROUP -> oneOf(PositionGroup.class, texts);
            case COMPETITION -> oneOf(CompetitionType.class, texts);
            case SORT -> oneOf(VacancySort.class, texts);
            case SIZE -> texts.format("api.accepts.size", String.valueOf(VacancySearch.MAX_PAGE_SIZE));
            default -> texts.text("api.accepts.unknown");
        };
    }

    private static String oneOf(Class<? extends Enum<?>> type, LocalizedText texts) {
        return texts.format("api.accepts.oneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
