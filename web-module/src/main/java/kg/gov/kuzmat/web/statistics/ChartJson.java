package kg.gov.kuzmat.web.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * A Chart.js configuration for PrimeFaces' {@code p:chart}: bars with one dataset per series. A
 * suppressed figure is null, which Chart.js leaves out; the table beside the chart says "fewer than 5".
 */
final class ChartJson {

    private static final String[] COLOURS = {"#1f6f8b", "#e07a1f", "#5b8c5a", "#8c5a8c"};

    private ChartJson() {
    }

    /** One series of the chart: its label and one value per label of the chart (null where suppressed). */
    record Series(String label, List<Long> values) {
    }

    static String bars(List<String> labels, List<Series> series, boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(value -> {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label()).add("data", data)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", series.size() > 1)))
                        .add("scales", Json.createObjectBuilder().add("x", axis)
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }
}
