package kg.gov.kuzmat.web.exam;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.exam.AttemptRecord;
import kg.gov.kuzmat.exam.ExamSittings;
import kg.gov.kuzmat.exam.SittingOverview;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.selection.Competitions;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * hr/exam.xhtml?vacancy=…: the officer schedules the competition's computer test from the position
 * group's specification, follows the attempts, and opens an attempt's full record when it is disputed.
 */
@Named
@ViewScoped
public class ExamSittingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExamSittings sittings;

    @EJB
    private Competitions competitions;

    private Long vacancy;
    private SittingOverview overview;
    private LocalDateTime opens;
    private LocalDateTime closes;
    private AttemptRecord record;

    public void load() throws IOException {
        if (overview != null) {
            return;
        }
        try {
            overview = vacancy == null ? null : sittings.overview(vacancy);
        } catch (BusinessException notOurs) {
            overview = null;
        }
        if (overview == null) {
            NotFound.answer(FacesContext.getCurrentInstance());
            return;
        }
        if (overview.scheduled()) {
            opens = LocalDateTime.ofInstant(overview.opensAt(), ClockProducer.BISHKEK);
            closes = LocalDateTime.ofInstant(overview.closesAt(), ClockProducer.BISHKEK);
        }
    }

    public void schedule() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long competitionVersion = competitions.view(vacancy).version();
            overview = sittings.schedule(vacancy, competitionVersion, moment(opens), moment(closes));
            Messages.info(faces, "competition.saved");
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
        }
    }

    public void showRecord(long attemptId) {
        try {
            record = sittings.record(attemptId);
        } catch (BusinessException refused) {
            Messages.error(FacesContext.getCurrentInstance(), refused);
        }
    }

    private static Instant moment(LocalDateTime local) {
        return local == null ? null : local.atZone(ClockProducer.BISHKEK).toInstant();
    }

    public Long getVacancy() {
        return vacancy;
    }

    public void setVacancy(Long vacancy) {
        this.vacancy = vacancy;
    }

    public SittingOverview getOverview() {
        return overview;
    }

    public LocalDateTime getOpens() {
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    public LocalDateTime getCloses() {
        return closes;
    }

    public void setCloses(LocalDateTime closes) {
        this.closes = closes;
    }

    public AttemptRecord getRecord() {
        return record;
    }
}
