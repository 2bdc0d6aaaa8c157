package kg.gov.kuzmat.applicant;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A file an applicant uploaded (policy 1.1.2): its description here, its bytes in {@link DocumentContent}. */
@Entity
@Table(name = "applicant_document")
@NamedQuery(name = "ApplicantDocument.ofApplicant",
        query = "SELECT d FROM ApplicantDocument d WHERE d.applicant = :applicant ORDER BY d.uploadedAt DESC, d.id DESC")
@NamedQuery(name = "ApplicantDocument.countOfApplicant",
        query = "SELECT COUNT(d) FROM ApplicantDocument d WHERE d.applicant = :applicant")
public class ApplicantDocument implements Serializable {

    @Id
    @SequenceGenerator(name = "applicant_document_seq", sequenceName = "applicant_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false, updatable = false)
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicantDocument() {
        // for JPA
    }

    ApplicantDocument(Applicant applicant, DocumentKind kind, String fileName, FileType type, int size, Instant uploadedAt) {
        this.applicant = applicant;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.size = size;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    Applicant getApplicant() {
        return applicant;
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

    /** The size as a person reads it: whole kilobytes, at least 1. */
    public int getSizeKilobytes() {
        return Math.max(1, size / 1024);
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
