package kg.gov.kuzmat.audit;

import java.time.Instant;
import java.util.List;

/** A page of audit entries as an administrator searches them, newest first, with how many match. */
public record AuditView(List<Entry> entries, long total, int page) {

    public static final int PAGE_SIZE = 100;

    public record Entry(long id, Instant happenedAt, String actor, String address, AuditAction action, Long subjectAccountId,
                        String subjectEmail, String detail) {
    }

    public int pages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
