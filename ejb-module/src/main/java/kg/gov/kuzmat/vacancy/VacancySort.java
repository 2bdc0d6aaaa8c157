package kg.gov.kuzmat.vacancy;

/** The orders a reader can list vacancies in; each ends with the id so pages never repeat or skip rows. */
public enum VacancySort {
    NEWEST(" ORDER BY v.publishedOn DESC, v.id DESC"),
    DEADLINE(" ORDER BY v.applicationDeadline ASC, v.id ASC"),
    SALARY(" ORDER BY v.salary.maximum DESC, v.id DESC");

    private final String orderBy;

    VacancySort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
