package kg.gov.kuzmat.selection;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A recording of one candidate's interview, kept until its retention day. */
@Entity
@Table(name = "interview_recording")
@NamedQuery(name = "InterviewRecording.ofApplication",
        query = "SELECT r FROM InterviewRecording r WHERE r.application = :application ORDER BY r.uploadedAt, r.id")
@NamedQuery(name = "InterviewRecording.deleteExpired", query = "DELETE FROM InterviewRecording r WHERE r.retainUntil < :today")
public class InterviewRecording {

    @Id
    @SequenceGenerator(name = "interview_recording_seq", sequenceName = "interview_recording_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_recording_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 254, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "retain_until", nullable = false, updatable = false)
    private LocalDate retainUntil;

    protected InterviewRecording() {
        // for JPA
    }

    InterviewRecording(Application application, String fileName, RecordingType type, byte[] content, String uploadedBy,
                       Instant now, LocalDate retainUntil) {
        this.application = application;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.retainUntil = retainUntil;
    }

    public Long getId() {
        return id;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public LocalDate getRetainUntil() {
        return retainUntil;
    }
}
