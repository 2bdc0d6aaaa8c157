package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns an application into what its applicant or the HR officer sees, and knows what may still be appealed. */
@ApplicationScoped
public class ApplicationViews {

    public static final String APPEAL_DAYS_PROPERTY = "kuzmat.appeal.days";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Snapshots snapshots;

    @Inject
    private Clock clock;

    ApplicationView of(Application application) {
        Vacancy vacancy = application.getVacancy();
        List<Appeal> appeals = appealsOf(application);
        return new ApplicationView(application.getId(), application.getRegistrationNumber(), vacancy.getId(),
                vacancy.getTitle(), vacancy.getAgency().getName(), vacancy.getApplicationDeadline(), application.getStage(),
                application.getOutcome(),
                application.getSubmittedAt(),
                application.getStage() == Stage.DOCUMENT_ACCEPTANCE && vacancy.isOpenForApplications(clock),
                application.getEvents().stream()
                        .map(event -> new ApplicationView.Step(event.getHappenedAt(), event.getKind(), event.getDetail()))
                        .toList(),
                application.getDocuments().stream()
                        .map(document -> new ApplicationView.Document(document.getId(), document.getKind().name(),
                                document.getFileName(), document.getContentType(), document.getSize(), document.getVerified(),
                                document.getVerificationNote()))
                        .toList(),
                snapshots.read(application.getSnapshot()),
                appeals.stream().map(AppealView::of).toList(),
                appealableResult(application, appeals).isPresent(),
                results(application),
                em.createNamedQuery("InterviewRecording.ofApplication", InterviewRecording.class)
                        .setParameter("application", application)
                        .getResultStream()
                        .map(r -> new ApplicationView.Recording(r.getId(), r.getFileName(), r.getSize(), r.getRetainUntil()))
                        .toList());
    }

    private ApplicationView.Results results(Application application) {
        Competition competition = em.find(Competition.class, application.getVacancy().getId());
        if (competition == null) {
            return new ApplicationView.Results(null, null, null, null, null, null);
        }
        Integer rank = null;
        Integer ranked = null;
        if (competition.getStage() == CompetitionStage.DECIDED && application.getInterviewScore() != null) {
            List<BigDecimal> scores = em.createNamedQuery("Application.ofVacancy", Application.class)
                    .setParameter("vacancy", application.getVacancy())
                    .getResultStream()
                    .map(Application::getInterviewScore)
                    .filter(Objects::nonNull)
                    .toList();
            ranked = scores.size();
            rank = 1 + (int) scores.stream().filter(score -> score.compareTo(application.getInterviewScore()) > 0).count();
        }
        return new ApplicationView.Results(application.getTestScore(), competition.getPassScore(), competition.getMaxScore(),
                application.getInterviewScore(), rank, ranked);
    }

    List<Appeal> appealsOf(Application application) {
        return em.createNamedQuery("Appeal.ofApplication", Appeal.class).setParameter("application", application).getResultList();
    }

    /**
     * The latest result the candidate may still appeal: within {@value #APPEAL_DAYS_PROPERTY} days (5 unless
     * configured) of it, and while no appeal of theirs is open.
     */
    Optional<ApplicationEvent> appealableResult(Application application) {
        return appealableResult(application, appealsOf(application));
    }

    private Optional<ApplicationEvent> appealableResult(Application application, List<Appeal> appeals) {
        if (appeals.stream().anyMatch(Appeal::isOpen)) {
            return Optional.empty();
        }
        List<ApplicationEvent> events = application.getEvents();
        for (int i = events.size() - 1; i >= 0; i--) {
            ApplicationEvent event = events.get(i);
            if (event.getKind().isAppealable()) {
                if (!event.isAppealableResult()) {
                    return Optional.empty();
                }
                boolean inTime = clock.instant().isBefore(event.getHappenedAt().plus(Duration.ofDays(appealDays())));
                boolean notYetAppealed = appeals.stream()
                        .noneMatch(appeal -> appeal.getFiledAt().isAfter(event.getHappenedAt()));
                return inTime && notYetAppealed ? Optional.of(event) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static int appealDays() {
        return Math.max(1, Integer.getInteger(APPEAL_DAYS_PROPERTY, 5));
    }
}
