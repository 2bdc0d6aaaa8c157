package kg.gov.kuzmat.privacy;

import kg.gov.kuzmat.applicant.Education;
import kg.gov.kuzmat.applicant.LanguageSkill;
import kg.gov.kuzmat.applicant.WorkPeriod;
import kg.gov.kuzmat.selection.ApplicationView;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What leaves the portal under one registered request: the letter's particulars and exactly the
 * categories of data it asked for, nothing else (a category not asked for is null).
 */
public record DisclosedData(long requestId, String stateBody, String letterNumber, LocalDate letterDate, String legalBasis,
                            Instant exportedAt, String exportedBy, Set<DisclosedCategory> categories,
                            Person person, Contacts contacts, Profile profile,
                            List<PersonalDataReport.Document> documents, List<Application> applications)
        implements Serializable {

    public record Person(String surname, String givenName, String patronymic, String personalNumber, LocalDate birthDate)
            implements Serializable {
    }

    public record Contacts(String email, String phone) implements Serializable {
    }

    public record Profile(String classRank, List<Education> education, List<WorkPeriod> experience,
                          List<LanguageSkill> languages) implements Serializable {
    }

    /** An application as the competition's record has it; the profile snapshot stays out. */
    public record Application(String registrationNumber, String vacancyTitle, Instant submittedAt, String stage,
                              String outcome, List<ApplicationView.Step> timeline) implements Serializable {
    }

    static DisclosedData of(DisclosureRequest request, PersonalDataReport report, Instant at, String by) {
        Set<DisclosedCategory> asked = request.requested();
        var identity = report.profile().identity();
        return new DisclosedData(request.getId(), request.getStateBody(), request.getLetterNumber(), request.getLetterDate(),
                request.getLegalBasis(), at, by, asked,
                asked.contains(DisclosedCategory.IDENTITY) ? new Person(identity.surname(), identity.givenName(),
                        identity.patronymic(), identity.personalNumber(), identity.birthDate()) : null,
                asked.contains(DisclosedCategory.CONTACTS) ? new Contacts(report.account().email(), identity.phone()) : null,
                asked.contains(DisclosedCategory.PROFILE) ? new Profile(report.profile().classRank(), report.profile().education(),
                        report.profile().experience(), report.profile().languages()) : null,
                asked.contains(DisclosedCategory.DOCUMENTS) ? report.documents() : null,
                asked.contains(DisclosedCategory.APPLICATIONS) ? report.applications().stream()
                        .map(a -> new Application(a.registrationNumber(), a.vacancyTitle(), a.submittedAt(), a.stage().name(),
                                a.outcome().name(), a.timeline()))
                        .toList() : null);
    }
}
