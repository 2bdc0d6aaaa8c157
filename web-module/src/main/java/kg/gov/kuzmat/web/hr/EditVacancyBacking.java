package kg.gov.kuzmat.web.hr;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.vacancy.CompetitionType;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.LanguageLevel;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.Vacancy;
import kg.gov.kuzmat.vacancy.VacancyContent;
import kg.gov.kuzmat.vacancy.VacancyDrafting;
import kg.gov.kuzmat.vacancy.VacancyStatus;
import kg.gov.kuzmat.web.i18n.Messages;
import kg.gov.kuzmat.web.faces.NotFound;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

/**
 * hr/vacancy.xhtml: writes a new vacancy or edits one of the officer's agency. The bean lives as long
 * as the page, keeping the version the officer loaded, so a save after someone else's is refused by the
 * service instead of overwriting it. A refused save keeps everything typed.
 */
@Named
@ViewScoped
public class EditVacancyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VacancyDrafting drafting;

    private Long id;
    private long version;
    private VacancyStatus status;
    private String done;

    private String title;
    private String structuralUnit;
    private PositionGroup positionGroup;
    private CompetitionType competitionType = CompetitionType.OPEN;
    private String duties;
    private EducationLevel educationLevel = EducationLevel.HIGHER_BACHELOR;
    private int minServiceYears;
    private int minExperienceYears;
    private LanguageLevel stateLanguageLevel = LanguageLevel.B1;
    private LanguageLevel officialLanguageLevel = LanguageLevel.B1;
    private String otherRequirements;
    private Integer salaryMin;
    private Integer salaryMax;
    private Region region;
    private String city;
    private LocalDate applicationDeadline;
    private String contact;
    private String cancellationReason;
    private LocalDate reserveOnlyUntil;

    /** The view action on GET: fills the form from the stored vacancy, or leaves it empty for a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            show(drafting.findOwn(id));
        } catch (BusinessException notFound) {
            NotFound.answer(faces());
        }
    }

    public void save() throws IOException {
        attempt(content -> id == null ? drafting.createDraft(content) : drafting.revise(id, version, content), "saved");
    }

    public void publish() throws IOException {
        attempt(content -> drafting.saveAndPublish(id, version, content), "published");
    }

    public void reserveFirst() throws IOException {
        attempt(content -> drafting.reserveFirstUntil(id, version, reserveOnlyUntil), "saved");
    }

    public void cancel() throws IOException {
        attempt(content -> drafting.cancel(id, version, cancellationReason), "cancelled");
    }

    /** Runs one change; on success shows the vacancy anew (post-redirect-get), on refusal explains why. */
    private void attempt(Function<VacancyContent, Vacancy> change, String outcome) throws IOException {
        try {
            Vacancy saved = change.apply(content());
            ExternalContext external = faces().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/hr/vacancy.xhtml?id=" + saved.getId() + "&done=" + outcome);
        } catch (BusinessException refusal) {
            Messages.error(faces(), refusal);
        } catch (EJBException failure) {
            Messages.refusal(faces(), failure, "vacancyField");
        }
    }

    /** Looked up per request: the bean outlives any one request's context. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private VacancyContent content() {
        return new VacancyContent(title, structuralUnit, positionGroup, competitionType, duties, educationLevel,
                minServiceYears, minExperienceYears, stateLanguageLevel, officialLanguageLevel, otherRequirements,
                salaryMin == null ? 0 : salaryMin, salaryMax == null ? 0 : salaryMax, region, city,
                applicationDeadline, contact);
    }

    private void show(Vacancy vacancy) {
        VacancyContent content = vacancy.content();
        version = vacancy.getVersion();
        status = vacancy.getStatus();
        cancellationReason = vacancy.getCancellationReason();
        reserveOnlyUntil = vacancy.getReserveOnlyUntil();
        title = content.title();
        structuralUnit = content.structuralUnit();
        positionGroup = content.positionGroup();
        competitionType = content.competitionType();
        duties = content.duties();
        educationLevel = content.educationLevel();
        minServiceYears = content.minServiceYears();
        minExperienceYears = content.minExperienceYears();
        stateLanguageLevel = content.stateLanguageLevel();
        officialLanguageLevel = content.officialLanguageLevel();
        otherRequirements = content.otherRequirements();
        salaryMin = content.salaryMin();
        salaryMax = content.salaryMax();
        region = content.region();
        city = content.city();
        applicationDeadline = content.applicationDeadline();
        contact = content.contact();
    }

    public LocalDate getReserveOnlyUntil() {
        return reserveOnlyUntil;
    }

    public void setReserveOnlyUntil(LocalDate reserveOnlyUntil) {
        this.reserveOnlyUntil = reserveOnlyUntil;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return status == null || status == VacancyStatus.DRAFT || status == VacancyStatus.PUBLISHED;
    }

    public boolean isPublishable() {
        return status == VacancyStatus.DRAFT;
    }

    public boolean isCancellable() {
        return status == VacancyStatus.PUBLISHED || status == VacancyStatus.CLOSED;
    }

    // Form properties.

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    public void setStatus(VacancyStatus status) {
        this.status = status;
    }

    public String getDone() {
        return done;
    }

    /** Only the outcomes this page words; anything else in the address shows nothing. */
    public void setDone(String done) {
        this.done = Set.of("saved", "published", "cancelled").contains(done) ? done : null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStructuralUnit() {
        return structuralUnit;
    }

    public void setStructuralUnit(String structuralUnit) {
        this.structuralUnit = structuralUnit;
    }

    public PositionGroup getPositionGroup() {
        return positionGroup;
    }

    public void setPositionGroup(PositionGroup positionGroup) {
        this.positionGroup = positionGroup;
    }

    public CompetitionType getCompetitionType() {
        return competitionType;
    }

    public void setCompetitionType(CompetitionType competitionType) {
        this.competitionType = competitionType;
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = duties;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public int getMinServiceYears() {
        return minServiceYears;
    }

    public void setMinServiceYears(int minServiceYears) {
        this.minServiceYears = minServiceYears;
    }

    public int getMinExperienceYears() {
        return minExperienceYears;
    }

    public void setMinExperienceYears(int minExperienceYears) {
        this.minExperienceYears = minExperienceYears;
    }

    public LanguageLevel getStateLanguageLevel() {
        return stateLanguageLevel;
    }

    public void setStateLanguageLevel(LanguageLevel stateLanguageLevel) {
        this.stateLanguageLevel = stateLanguageLevel;
    }

    public LanguageLevel getOfficialLanguageLevel() {
        return officialLanguageLevel;
    }

    public void setOfficialLanguageLevel(LanguageLevel officialLanguageLevel) {
        this.officialLanguageLevel = officialLanguageLevel;
    }

    public String getOtherRequirements() {
        return otherRequirements;
    }

    public void setOtherRequirements(String otherRequirements) {
        this.otherRequirements = otherRequirements;
    }

    public Integer getSalaryMin() {
        return salaryMin;
    }

    public void setSalaryMin(Integer salaryMin) {
        this.salaryMin = salaryMin;
    }

    public Integer getSalaryMax() {
        return salaryMax;
    }

    public void setSalaryMax(Integer salaryMax) {
        this.salaryMax = salaryMax;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
