package kg.gov.kuzmat.selection;

import java.util.List;

/**
 * Applications about to be deleted with their applicant's account (they were withdrawn, or their
 * competition still takes applications). Fired inside the erasing transaction before the rows go, so
 * that an area holding rows that point at them (the computer test's attempts) removes its own first.
 */
public record ApplicationsErased(List<Long> applicationIds) {
}
