package kg.gov.kuzmat.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.InputStream;

/** {@code /api/v1/openapi}: the OpenAPI 3 description of this API, kept beside the code it describes. */
@Path("/openapi")
public class OpenApiResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InputStream description() {
        return OpenApiResource.class.getResourceAsStream("openapi.json");
    }
}
