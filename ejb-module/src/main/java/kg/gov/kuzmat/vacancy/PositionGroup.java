package kg.gov.kuzmat.vacancy;

/** Groups of administrative positions of the civil and municipal service, highest first. */
public enum PositionGroup {
    HIGHEST,
    CHIEF,
    SENIOR,
    JUNIOR
}
