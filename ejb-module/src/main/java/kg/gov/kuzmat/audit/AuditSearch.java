package kg.gov.kuzmat.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Administrators search the access audit; reading is all anyone can do with it. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditSearch {

    @PersistenceContext
    private EntityManager em;

    /** Entries matching every filter given (actor or subject e-mail by its beginning), newest first. */
    public AuditView search(String person, AuditAction action, Instant from, Instant to, int page) {
        StringBuilder where = new StringBuilder(" FROM AuditEntry e WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (person != null && !person.isBlank()) {
            where.append(" AND (LOWER(e.actor) LIKE :person OR e.subjectAccountId IN"
                    + " (SELECT u.id FROM UserAccount u WHERE u.email LIKE :person))");
            parameters.put("person", person.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "\\_") + "%");
        }
        if (action != null) {
            where.append(" AND e.action = :action");
            parameters.put("action", action);
        }
        if (from != null) {
            where.append(" AND e.happenedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" AND e.happenedAt < :to");
            parameters.put("to", to);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        TypedQuery<AuditEntry> rows = em.createQuery("SELECT e" + where + " ORDER BY e.happenedAt DESC, e.id DESC", AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        int first = Math.max(0, page) * AuditView.PAGE_SIZE;
        List<AuditEntry> entries = rows.setFirstResult(first).setMaxResults(AuditView.PAGE_SIZE).getResultList();
        Map<Long, String> emails = new HashMap<>();
        List<Long> subjects = entries.stream().map(AuditEntry::getSubjectAccountId).filter(id -> id != null).distinct().toList();
        if (!subjects.isEmpty()) {
            em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class).setParameter("ids", subjects)
                    .getResultStream().forEach(u -> emails.put(u.getId(), u.getEmail()));
        }
        return new AuditView(entries.stream().map(e -> new AuditView.Entry(e.getId(), e.getHappenedAt(), e.getActor(),
                e.getAddress(), e.getAction(), e.getSubjectAccountId(), emails.get(e.getSubjectAccountId()), e.getDetail())).toList(),
                count.getSingleResult(), Math.max(0, page));
    }
}
