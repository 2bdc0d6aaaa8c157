package kg.gov.kuzmat.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.LocalizedName;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.OfficerRow;
import kg.gov.kuzmat.security.StaffAdministration;
import kg.gov.kuzmat.web.i18n.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * admin/staff.xhtml: the directory of state and municipal bodies and their HR officers. Administrators
 * register and revise bodies, invite officers by e-mail, move them to another body, disable them.
 */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAdministration staff;

    @EJB
    private AgencyDirectory directory;

    private List<OfficerRow> officers;
    private List<AgencyRow> agencies;
    private final Map<Long, Long> moves = new HashMap<>();

    private String inviteEmail;
    private Long inviteAgency;
    private String inviteLanguage = "ky";

    private Long editing;
    private String code;
    private String nameKy;
    private String nameRu;
    private String nameEn;
    private AgencyType type = AgencyType.STATE;
    private Region region = Region.BISHKEK;
    private Long parent;
    private long editedVersion;

    /** An agency as the directory lists it: names, parent's code, state. */
    public record AgencyRow(long id, String code, LocalizedName name, AgencyType type, Region region, String parentCode,
                            Long parentId, boolean active, long version) implements Serializable {
    }

    public void load() {
        if (officers == null) {
            refresh();
        }
    }

    private void refresh() {
        officers = staff.officers();
        agencies = directory.findAll().stream().map(a -> new AgencyRow(a.getId(), a.getCode(), a.getName(), a.getType(),
                a.getRegion(), a.getParent() == null ? null : a.getParent().getCode(),
                a.getParent() == null ? null : a.getParent().getId(), a.isActive(), a.getVersion())).toList();
        moves.clear();
    }

    public void invite() {
        attempt(() -> {
            staff.invite(inviteEmail, inviteAgency == null ? -1 : inviteAgency, inviteLanguage);
            inviteEmail = null;
        }, "staff.invited");
    }

    public void resend(long accountId) {
        attempt(() -> staff.resendInvitation(accountId), "staff.invited");
    }

    public void move(long accountId) {
        Long to = moves.get(accountId);
        attempt(() -> staff.moveTo(accountId, to == null ? -1 : to), "competition.saved");
    }

    public void enable(long accountId, boolean on) {
        attempt(() -> staff.enable(accountId, on), "competition.saved");
    }

    public void activate(long agencyId, boolean on) {
        attempt(() -> directory.activate(agencyId, on), "competition.saved");
    }

    public void edit(AgencyRow row) {
        editing = row.id();
        code = row.code();
        nameKy = row.name().in(Locale.forLanguageTag("ky"));
        nameRu = row.name().in(Locale.forLanguageTag("ru"));
        nameEn = row.name().in(Locale.forLanguageTag("en"));
        type = row.type();
        region = row.region();
        parent = row.parentId();
        editedVersion = row.version();
    }

    public void cancelEdit() {
        editing = null;
        code = null;
        nameKy = null;
        nameRu = null;
        nameEn = null;
        parent = null;
    }

    public void saveAgency() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalizedName name;
        try {
            name = new LocalizedName(nameKy, nameRu, nameEn);
        } catch (IllegalArgumentException missing) {
            Messages.error(faces, "agency.incomplete");
            return;
        }
        attempt(() -> {
            if (editing == null) {
                Agency created;
                try {
                    created = new Agency(code == null ? "" : code.strip(), name, type, region);
                } catch (IllegalArgumentException badCode) {
                    throw new BusinessException("agency.codeInvalid");
                }
                created = directory.register(created);
                if (parent != null) {
                    directory.revise(created.getId(), created.getVersion(), name, region, parent);
                }
            } else {
                directory.revise(editing, editedVersion, name, region, parent);
            }
            cancelEdit();
        }, "competition.saved");
    }

    private void attempt(Runnable step, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            step.run();
            Messages.info(faces, doneKey);
            refresh();
        } catch (BusinessException refused) {
            Messages.error(faces, refused);
        }
    }

    public List<OfficerRow> getOfficers() {
        return officers;
    }

    public List<AgencyRow> getAgencies() {
        return agencies;
    }

    public List<AgencyRow> getActiveAgencies() {
        return agencies.stream().filter(AgencyRow::active).toList();
    }

    public Map<Long, Long> getMoves() {
        return moves;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Long getInviteAgency() {
        return inviteAgency;
    }

    public void setInviteAgency(Long inviteAgency) {
        this.inviteAgency = inviteAgency;
    }

    public String getInviteLanguage() {
        return inviteLanguage;
    }

    public void setInviteLanguage(String inviteLanguage) {
        this.inviteLanguage = inviteLanguage;
    }

    public Long getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameKy() {
        return nameKy;
    }

    public void setNameKy(String nameKy) {
        this.nameKy = nameKy;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }
}
