package kg.gov.kuzmat.agency;

/** Civil service (state bodies) or municipal service (local self-government). */
public enum AgencyType {
    STATE,
    MUNICIPAL
}
