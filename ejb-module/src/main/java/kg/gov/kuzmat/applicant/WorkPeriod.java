package kg.gov.kuzmat.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A job the applicant held; "until" is empty for the current one. Civil-service jobs count for the rank's service length. */
@Embeddable
public class WorkPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @Column(nullable = false, length = 300)
    private String employer;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @Column(name = "job_title", nullable = false, length = 300)
    private String jobTitle;

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.notFuture}")
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @PastOrPresent(message = "{validation.notFuture}")
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "civil_service", nullable = false)
    private boolean civilService;

    public WorkPeriod() {
        // for JPA and forms
    }

    public WorkPeriod(String employer, String jobTitle, LocalDate startedOn, LocalDate endedOn, boolean civilService) {
        this.employer = employer;
        this.jobTitle = jobTitle;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.civilService = civilService;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public boolean isCivilService() {
        return civilService;
    }

    public void setCivilService(boolean civilService) {
        this.civilService = civilService;
    }

    public WorkPeriod copy() {
        return new WorkPeriod(employer, jobTitle, startedOn, endedOn, civilService);
    }
}
