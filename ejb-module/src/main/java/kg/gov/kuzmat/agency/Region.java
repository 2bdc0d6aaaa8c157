package kg.gov.kuzmat.agency;

/** The seven oblasts and the two cities of republican significance. Names come from the bundles ("region.X"). */
public enum Region {
    BISHKEK,
    OSH_CITY,
    CHUY,
    OSH,
    JALAL_ABAD,
    BATKEN,
    ISSYK_KUL,
    NARYN,
    TALAS
}
