package kg.gov.kuzmat.web.privacy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kg.gov.kuzmat.privacy.PolicyVersion;
import kg.gov.kuzmat.privacy.PrivacyPolicies;
import kg.gov.kuzmat.web.faces.NotFound;
import kg.gov.kuzmat.web.i18n.LanguagePreference;

import java.io.IOException;
import java.util.List;

/**
 * privacy.xhtml (also at /privacy) and the policy shown for acceptance: the revision in force, or
 * an older one by its number, in the reader's language, with the list of all revisions.
 */
@Named
@RequestScoped
public class PrivacyPolicyBacking {

    @EJB
    private PrivacyPolicies policies;

    @Inject
    private LanguagePreference language;

    private Integer version;
    private PolicyVersion shown;
    private PolicyVersion current;

    /** The view action: an unknown revision number is a 404, like any missing page. */
    public void load() throws IOException {
        current = policies.current();
        shown = version == null ? current : policies.find(version).orElse(null);
        if (shown == null) {
            NotFound.answer(FacesContext.getCurrentInstance());
        }
    }

    public PolicyVersion getShown() {
        if (shown == null) {
            shown = policies.current();
        }
        return shown;
    }

    public boolean isCurrentShown() {
        return current == null || getShown().getNumber() == current.getNumber();
    }

    /** Paragraphs of the text as stored: lines, with list markers and emphasis marks made plain. */
    public List<String> getParagraphs() {
        return getShown().textIn(language.getLocale()).lines()
                .map(line -> line.replaceAll("[#*]", "").replaceFirst("^\\s*- ", "— ").strip())
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    public List<PolicyVersion> getHistory() {
        return policies.history();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
