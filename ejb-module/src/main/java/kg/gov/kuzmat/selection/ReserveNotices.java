package kg.gov.kuzmat.selection;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.security.UserAccount;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyPublished;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Keeps the reserve's people informed and the reserve current: a vacancy published in an agency tells
 * everyone in its reserve for that position group; each morning, those whose place ends within a month
 * are told once, and places that have ended are closed.
 */
@Singleton
@RunAs(Role.Names.ADMIN)
@PermitAll
public class ReserveNotices {

    private static final int WARN_DAYS = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    @Inject
    private Clock clock;

    public void onPublished(@Observes(during = TransactionPhase.IN_PROGRESS) VacancyPublished published) {
        Vacancy vacancy = em.find(Vacancy.class, published.vacancyId());
        em.createNamedQuery("ReserveEntry.activeFor", ReserveEntry.class)
                .setParameter("agency", vacancy.getAgency())
                .setParameter("group", vacancy.getPositionGroup())
                .setParameter("today", LocalDate.now(clock))
                .getResultStream()
                .map(ReserveEntry::getAccount)
                .filter(account -> !account.isErased())
                .distinct()
                .forEach(account -> mail.fire(texts.compose(account.getEmail(), account.getPreferredLanguage(),
                        vacancy.getReserveOnlyUntil() == null ? "reserveVacancy" : "reserveFirstVacancy",
                        "/vacancy.xhtml?id=" + vacancy.getId(), vacancy.getTitle(),
                        vacancy.getAgency().getName().in(Locale.forLanguageTag(account.getPreferredLanguage())),
                        MailTexts.format(vacancy.getApplicationDeadline()), MailTexts.format(vacancy.getReserveOnlyUntil()))));
    }

    @Schedule(hour = "6", minute = "30", timezone = "Asia/Bishkek", persistent = true, info = "personnel reserve")
    void everyMorning() {
        maintain();
    }

    /** Warns of places ending within a month and closes those that have ended; answers how many of each. */
    @RolesAllowed(Role.Names.ADMIN)
    public int[] maintain() {
        LocalDate today = LocalDate.now(clock);
        int warned = 0;
        for (ReserveEntry entry : em.createNamedQuery("ReserveEntry.toWarn", ReserveEntry.class)
                .setParameter("warnFrom", today.plusDays(WARN_DAYS)).setParameter("today", today).getResultList()) {
            entry.warned();
            UserAccount account = entry.getAccount();
            if (!account.isErased()) {
                mail.fire(texts.compose(account.getEmail(), account.getPreferredLanguage(), "reserveExpiring",
                        "/account/applications.xhtml", MailTexts.format(entry.getExpiresOn())));
                warned++;
            }
        }
        int left = 0;
        for (ReserveEntry entry : em.createNamedQuery("ReserveEntry.expired", ReserveEntry.class)
                .setParameter("today", today).getResultList()) {
            entry.leave(today);
            left++;
        }
        return new int[]{warned, left};
    }
}
