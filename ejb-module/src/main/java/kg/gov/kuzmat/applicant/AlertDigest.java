package kg.gov.kuzmat.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancySummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One saved search's daily mail, in its own transaction: a failure with one search neither stops
 * nor undoes the others. Nothing new, no mail; either way the day is marked as covered.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AlertDigest {

    /** A mail lists this many vacancies and tells how many more the search page has. */
    static final int LISTED = 20;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private VacancyCatalogue catalogue;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    /** Covers the days after the last one covered up to {@code through}; answers whether a mail was sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long savedSearchId, LocalDate through) {
        SavedSearch search = em.find(SavedSearch.class, savedSearchId);
        if (search == null || !search.isAlerts() || !search.getNotifiedThrough().isBefore(through)) {
            return false;
        }
        UserAccount owner = search.getAccount();
        List<VacancySummary> found = catalogue.publishedBetween(search.filters(LISTED), search.getNotifiedThrough(), through,
                LISTED + 1);
        search.notifiedThrough(through);
        if (found.isEmpty() || owner.isErased() || !owner.isEmailConfirmed()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(owner.getPreferredLanguage());
        String list = found.stream().limit(LISTED)
                .map(vacancy -> "• " + vacancy.title() + " — " + vacancy.agencyName().in(locale) + " — "
                        + MailTexts.format(vacancy.applicationDeadline()) + "\n  " + texts.link("/vacancy.xhtml?id=" + vacancy.id()))
                .collect(Collectors.joining("\n"));
        String more = found.size() > LISTED ? texts.text(owner.getPreferredLanguage(), "searchDigest.more") : "";
        mail.fire(texts.compose(owner.getEmail(), owner.getPreferredLanguage(), "searchDigest", "/account/searches.xhtml",
                search.getName(), list + more, texts.link("/unsubscribe.xhtml?key=" + search.getUnsubscribeKey())));
        return true;
    }
}
