package kg.gov.kuzmat.administration;

import java.io.Serializable;

/** Headline counts on the administrators' landing page. */
public record PortalFigures(long agencies, long publishedVacancies, long accounts) implements Serializable {
}
