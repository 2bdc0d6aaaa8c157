package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Snapshots are kept as JSON: a document of the moment of applying, readable without the code of that day. */
@ApplicationScoped
public class Snapshots {

    private final Jsonb jsonb = JsonbBuilder.create();

    String write(ApplicationSnapshot snapshot) {
        return jsonb.toJson(snapshot);
    }

    ApplicationSnapshot read(String json) {
        return jsonb.fromJson(json, ApplicationSnapshot.class);
    }
}
