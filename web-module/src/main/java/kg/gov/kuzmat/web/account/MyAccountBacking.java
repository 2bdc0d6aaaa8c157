package kg.gov.kuzmat.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.security.AccountOverview;
import kg.gov.kuzmat.security.MyAccount;

/** account/index.xhtml and hr/index.xhtml: the signed-in person's account and, for HR, their agency. */
@Named
@RequestScoped
public class MyAccountBacking {

    @EJB
    private MyAccount myAccount;

    private AccountOverview overview;

    @PostConstruct
    void load() {
        overview = myAccount.overview();
    }

    public AccountOverview getOverview() {
        return overview;
    }
}
