package kg.gov.kuzmat.vacancy;

/** Command of the state (Kyrgyz) or official (Russian) language, on the A1–C2 scale of the state language test. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2
}
