package kg.gov.kuzmat.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kg.gov.kuzmat.vacancy.Vacancy;

import java.time.Clock;

/** Turns an application into what its applicant or the HR officer sees. */
@ApplicationScoped
public class ApplicationViews {

    @Inject
    private Snapshots snapshots;

    @Inject
    private Clock clock;

    ApplicationView of(Application application) {
        Vacancy vacancy = application.getVacancy();
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
                                document.getFileName(), document.getContentType(), document.getSize()))
                        .toList(),
                snapshots.read(application.getSnapshot()));
    }
}
