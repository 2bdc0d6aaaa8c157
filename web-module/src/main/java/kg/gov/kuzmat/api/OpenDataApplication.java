package kg.gov.kuzmat.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the open-data API. A breaking change gets a new version beside this one. */
@ApplicationPath("/api/v1")
public class OpenDataApplication extends Application {
}
