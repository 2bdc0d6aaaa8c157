package kg.gov.kuzmat.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kg.gov.kuzmat.audit.AuditAction;
import kg.gov.kuzmat.audit.AuditSearch;
import kg.gov.kuzmat.audit.AuditView;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.web.faces.SearchQuery;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.i18n.RecordedTexts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * admin/audit.xhtml?person=…&amp;action=…&amp;from=…&amp;to=…&amp;page=…: the access audit, searched by the
 * administrators. The search lives in the URL, so a finding can be bookmarked and sent on.
 */
@Named
@RequestScoped
public class AuditBacking {

    @EJB
    private AuditSearch audit;

    private String person;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private AuditView result;

    public void load() {
        result = audit.search(person, action, start(from), to == null ? null : start(to.plusDays(1)), page);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ClockProducer.BISHKEK).toInstant();
    }

    /** The search shown, as a query for the pager's links (empty values left out), without the page. */
    /** An entry's detail in the reader's language. */
    public String describe(String detail) {
        return RecordedTexts.word(detail, new LocalizedText(FacesContext.getCurrentInstance()));
    }

    public String getQuery() {
        return SearchQuery.of("person", person, "action", action, "from", from, "to", to);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditView getResult() {
        return result;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
