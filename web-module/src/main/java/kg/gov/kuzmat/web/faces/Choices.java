package kg.gov.kuzmat.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.vacancy.CompetitionType;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.VacancySort;

import java.util.List;

/**
 * The fixed lists the forms offer ({@code #{choices.regions}} …), in one place for the search form and
 * the HR form alike; each option's text comes from the bundle by the enum's name.
 */
@Named
@ApplicationScoped
public class Choices {

    private static final List<AgencyType> AGENCY_TYPES = List.of(AgencyType.values());
    private static final List<Region> REGIONS = List.of(Region.values());
    private static final List<PositionGroup> POSITION_GROUPS = List.of(PositionGroup.values());
    private static final List<CompetitionType> COMPETITION_TYPES = List.of(CompetitionType.values());
    private static final List<EducationLevel> EDUCATION_LEVELS = List.of(EducationLevel.values());
    private static final List<LanguageLevel> LANGUAGE_LEVELS = List.of(LanguageLevel.values());
    private static final List<VacancySort> SORTS = List.of(VacancySort.values());

    public List<AgencyType> getAgencyTypes() {
        return AGENCY_TYPES;
    }

    public List<Region> getRegions() {
        return REGIONS;
    }

    public List<PositionGroup> getPositionGroups() {
        return POSITION_GROUPS;
    }

    public List<CompetitionType> getCompetitionTypes() {
        return COMPETITION_TYPES;
    }

    public List<EducationLevel> getEducationLevels() {
        return EDUCATION_LEVELS;
    }

    public List<LanguageLevel> getLanguageLevels() {
        return LANGUAGE_LEVELS;
    }

    public List<VacancySort> getSorts() {
        return SORTS;
    }
}
