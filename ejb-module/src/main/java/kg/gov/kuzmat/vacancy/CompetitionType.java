package kg.gov.kuzmat.vacancy;

/** An open competition admits every citizen; an internal one only serving civil or municipal servants. */
public enum CompetitionType {
    OPEN,
    INTERNAL
}
