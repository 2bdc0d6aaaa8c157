package kg.gov.kuzmat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.administration.AdministrationOverview;
import kg.gov.kuzmat.administration.PortalFigures;

/** admin/index.xhtml: the portal's headline figures. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @EJB
    private AdministrationOverview overview;

    private PortalFigures figures;

    @PostConstruct
    void load() {
        figures = overview.figures();
    }

    public PortalFigures getFigures() {
        return figures;
    }
}
