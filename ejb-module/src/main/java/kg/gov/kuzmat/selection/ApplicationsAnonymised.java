package kg.gov.kuzmat.selection;

import java.util.List;

/**
 * Applications whose files the retention schedule anonymises now, fired inside that transaction, so that
 * an area holding more about them (the computer test's log of network addresses) removes it too.
 */
public record ApplicationsAnonymised(List<Long> applicationIds) {
}
