package kg.gov.kuzmat.web.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kg.gov.kuzmat.applicant.ApplicantDocument;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.MyDocuments;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** account/documents.xhtml: the applicant uploads, downloads and deletes their documents. */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyDocuments myDocuments;

    private DocumentKind kind = DocumentKind.DIPLOMA;
    // Read again after a failover rather than replicated: the entities reach the account and its password hash.
    private transient List<ApplicantDocument> documents;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            myDocuments.upload(kind, file.getFileName(), file.getContent());
            documents = null;
            Messages.info(FacesContext.getCurrentInstance(), "document.uploaded", file.getFileName());
        } catch (BusinessException refusal) {
            Messages.error(FacesContext.getCurrentInstance(), refusal);
        }
    }

    public void delete(long id) {
        try {
            myDocuments.delete(id);
        } catch (BusinessException refusal) {
            Messages.error(FacesContext.getCurrentInstance(), refusal);
        }
        documents = null;
    }

    public List<ApplicantDocument> getDocuments() {
        if (documents == null) {
            documents = myDocuments.list();
        }
        return documents;
    }

    public List<DocumentKind> getKinds() {
        return Arrays.asList(DocumentKind.values());
    }

    public int getMaxBytes() {
        return MyDocuments.MAX_BYTES;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }
}
