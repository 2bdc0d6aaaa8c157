package kg.gov.kuzmat.platform;

/**
 * A person's account is being erased (they asked, or it went unused past the retention period). Fired
 * synchronously inside the erasing transaction: each area observes it and removes, or strips down to
 * what the retention schedule keeps, the person's data in its own tables, so that no area has to know
 * another's tables and a new area cannot be forgotten by a central list. If one observer fails, the
 * whole erasure rolls back and nothing is half-erased.
 *
 * @param accountId the erased account's number, which is all that is left of it
 * @param email     the address the person used, for data keyed by address (mail, feedback)
 */
public record PersonErased(long accountId, String email) {
}
