package kg.gov.kuzmat.web.selection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.selection.PersonnelReserve;
import kg.gov.kuzmat.selection.ReserveRow;
import kg.gov.kuzmat.vacancy.PositionGroup;

import java.util.List;

/** hr/reserve.xhtml: the HR officer searches their agency's personnel reserve by position group and name. */
@Named
@RequestScoped
public class ReserveBacking {

    @EJB
    private PersonnelReserve reserve;

    private PositionGroup group;
    private String name;
    private List<ReserveRow> rows;

    public List<ReserveRow> getRows() {
        if (rows == null) {
            rows = reserve.search(group, name);
        }
        return rows;
    }

    public PositionGroup getGroup() {
        return group;
    }

    public void setGroup(PositionGroup group) {
        this.group = group;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
