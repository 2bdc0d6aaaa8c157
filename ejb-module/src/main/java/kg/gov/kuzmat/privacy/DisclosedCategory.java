package kg.gov.kuzmat.privacy;

/** What a state body's letter may ask for; an export holds exactly the categories asked for. */
public enum DisclosedCategory {
    /** Surname, name, patronymic, personal number, date of birth. */
    IDENTITY,
    /** E-mail address and phone. */
    CONTACTS,
    /** Education, work history, languages, class rank. */
    PROFILE,
    /** The list of documents held (described, not the files). */
    DOCUMENTS,
    /** Applications with their stages, outcomes and timelines (not the profile snapshots). */
    APPLICATIONS
}
