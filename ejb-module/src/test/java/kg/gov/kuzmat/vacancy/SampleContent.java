package kg.gov.kuzmat.vacancy;

import kg.gov.kuzmat.agency.Region;

import java.time.LocalDate;

/** Vacancy announcements for tests: complete and valid unless a test changes one field. */
public final class SampleContent {

    private SampleContent() {
    }

    public static VacancyContent withTitleAndDeadline(String title, LocalDate deadline) {
        return new VacancyContent(title, "Управление правового обеспечения", PositionGroup.SENIOR, CompetitionType.OPEN,
                "<p>Правовая экспертиза проектов актов</p>", EducationLevel.HIGHER_BACHELOR, 2, 3,
                LanguageLevel.B2, LanguageLevel.B2, "<p>Знание законодательства</p>", 30000, 36000,
                Region.TALAS, "Талас", deadline, "+996 3422 5-55-55");
    }

    public static VacancyContent withDuties(VacancyContent content, String duties) {
        return new VacancyContent(content.title(), content.structuralUnit(), content.positionGroup(),
                content.competitionType(), duties, content.educationLevel(), content.minServiceYears(),
                content.minExperienceYears(), content.stateLanguageLevel(), content.officialLanguageLevel(),
                content.otherRequirements(), content.salaryMin(), content.salaryMax(), content.region(), content.city(),
                content.applicationDeadline(), content.contact());
    }

    public static VacancyContent withSalary(VacancyContent content, int min, int max) {
        return new VacancyContent(content.title(), content.structuralUnit(), content.positionGroup(),
                content.competitionType(), content.duties(), content.educationLevel(), content.minServiceYears(),
                content.minExperienceYears(), content.stateLanguageLevel(), content.officialLanguageLevel(),
                content.otherRequirements(), min, max, content.region(), content.city(),
                content.applicationDeadline(), content.contact());
    }

    public static VacancyContent withDeadline(VacancyContent content, LocalDate deadline) {
        return new VacancyContent(content.title(), content.structuralUnit(), content.positionGroup(),
                content.competitionType(), content.duties(), content.educationLevel(), content.minServiceYears(),
                content.minExperienceYears(), content.stateLanguageLevel(), content.officialLanguageLevel(),
                content.otherRequirements(), content.salaryMin(), content.salaryMax(), content.region(), content.city(),
                deadline, content.contact());
    }
}
