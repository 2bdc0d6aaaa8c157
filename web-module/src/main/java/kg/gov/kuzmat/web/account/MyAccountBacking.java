package kg.gov.kuzmat.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.AccountOverview;
import kg.gov.kuzmat.security.AccountRecovery;
import kg.gov.kuzmat.security.MyAccount;
import kg.gov.kuzmat.web.i18n.Messages;

/** account/index.xhtml and hr/index.xhtml: the signed-in person's account and, for HR, their agency. */
@Named
@RequestScoped
public class MyAccountBacking {

    @EJB
    private MyAccount myAccount;

    @EJB
    private AccountRecovery recovery;

    private AccountOverview overview;

    @PostConstruct
    void load() {
        overview = myAccount.overview();
    }

    public void resendConfirmation() {
        try {
            recovery.resendConfirmation();
            Messages.info(FacesContext.getCurrentInstance(), "account.confirmationSent");
        } catch (BusinessException refusal) {
            Messages.error(FacesContext.getCurrentInstance(), refusal);
        }
    }

    public AccountOverview getOverview() {
        return overview;
    }
}
