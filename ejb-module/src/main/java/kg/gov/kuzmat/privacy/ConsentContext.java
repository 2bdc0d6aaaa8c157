package kg.gov.kuzmat.privacy;

import java.io.Serializable;

/** Where an acceptance came from, as the web tier saw the request: recorded with the consent. */
public record ConsentContext(String ipAddress, String userAgent) implements Serializable {
}
