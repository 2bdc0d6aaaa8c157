package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.mail.Mail;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.platform.DisplayDates;
import kg.gov.kuzmat.security.UserAccount;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** A step on the candidate's timeline, and a mail to them in their language after commit. */
@Dependent
class CandidateNews {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationViews views;

    @Inject
    private MailTexts texts;

    @Inject
    private Event<Mail> mail;

    @Inject
    private Clock clock;

    void tell(Application application, ApplicationEvent.Kind kind, String detail, String actor) {
        ApplicationEvent event = application.record(clock.instant(), kind, detail, actor);
        em.persist(event);
        UserAccount candidate = application.getApplicant();
        if (candidate.isErased()) {
            return;
        }
        String language = candidate.getPreferredLanguage();
        String news = switch (kind) {
            case ADMITTED -> texts.format(language, "competition.admitted", texts.text(language, "stage." + detail));
            case NOT_ADMITTED -> texts.format(language, "competition.notAdmitted", application.getOutcomeReason() == null
                    ? texts.text(language, "competition.belowPassScore") : application.getOutcomeReason());
            case INVITED -> texts.format(language, "competition.invited", detail);
            case TEST_SCORED -> texts.format(language, "competition.testScored", (Object[]) detail.split("/"));
            case INTERVIEW_SCORED -> texts.format(language, "competition.interviewScored", detail);
            case STAGE_REOPENED -> texts.format(language, "competition.stageReopened", detail);
            case DECIDED -> texts.text(language, "competition.decided." + detail);
            case APPEAL_DECIDED -> texts.format(language, "competition.appealDecided." + detail,
                    lastDecisionReason(application));
            default -> null;
        };
        if (news != null && event.isAppealableResult()) {
            // A result one may appeal says how and until when: the appeal window starts with this mail.
            news += "\n\n" + texts.format(language, "competition.appealUntil",
                    DisplayDates.dateTime(event.getHappenedAt().plus(Duration.ofDays(ApplicationViews.appealDays()))));
        }
        if (news != null) {
            mail.fire(texts.compose(candidate.getEmail(), language, "competitionUpdate", "/account/applications.xhtml",
                    application.getRegistrationNumber(), application.getVacancy().getTitle(), news));
        }
    }

    private String lastDecisionReason(Application application) {
        List<Appeal> appeals = views.appealsOf(application);
        return appeals.isEmpty() ? "" : Objects.toString(appeals.get(appeals.size() - 1).getDecisionReason(), "");
    }
}
