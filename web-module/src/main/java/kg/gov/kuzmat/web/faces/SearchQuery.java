package kg.gov.kuzmat.web.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A link's query string from name and value pairs: values encoded, empty ones left out. */
public final class SearchQuery {

    private SearchQuery() {
    }

    /** {@code of("from", date, "agency", code)} gives {@code from=2026-01-01&agency=minjust}, or "" if all are empty. */
    public static String of(Object... namesAndValues) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                pairs.add(Map.entry(namesAndValues[i].toString(), value.toString().strip()));
            }
        }
        return of(pairs);
    }

    public static String of(List<Map.Entry<String, String>> pairs) {
        StringJoiner query = new StringJoiner("&");
        pairs.forEach(pair -> query.add(pair.getKey() + "=" + URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8)));
        return query.toString();
    }
}
