package kg.gov.kuzmat.selection;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.platform.BusinessException;

import java.time.Instant;

/** A copy of one of the applicant's documents as it was when they applied; later edits or deletions don't touch it. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    @SequenceGenerator(name = "application_document_seq", sequenceName = "application_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "verified")
    private Boolean verified;

    @Column(name = "verification_note", length = 500)
    private String verificationNote;

    @Column(name = "verified_by", length = 254)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected ApplicationDocument() {
        // for JPA
    }

    ApplicationDocument(Application application, DocumentKind kind, String fileName, String contentType, byte[] content) {
        this.application = application;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
    }

    /** Policy 2.1.4: the HR officer compared the document with its original (or found it does not match). */
    void verify(boolean matches, String note, String officer, Instant at) {
        if (!matches && (note == null || note.isBlank())) {
            throw new BusinessException("selection.reasonRequired");
        }
        verified = matches;
        verificationNote = note == null || note.isBlank() ? null : note.strip();
        verifiedBy = officer;
        verifiedAt = at;
    }

    public Boolean getVerified() {
        return verified;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public Long getId() {
        return id;
    }

    Application getApplication() {
        return application;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }

    byte[] getContent() {
        return content;
    }
}
