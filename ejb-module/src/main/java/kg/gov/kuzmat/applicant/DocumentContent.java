package kg.gov.kuzmat.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one document, read only when someone allowed downloads it. */
@Entity
@Table(name = "applicant_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
        // for JPA
    }

    DocumentContent(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
