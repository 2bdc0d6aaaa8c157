package kg.gov.kuzmat.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One export made under a registered request: who produced it, when, and which data it held. */
@Entity
@Table(name = "disclosure_export")
@NamedQuery(name = "DisclosureExport.ofRequest",
        query = "SELECT e FROM DisclosureExport e WHERE e.requestId = :request ORDER BY e.exportedAt, e.id")
public class DisclosureExport {

    @Id
    @SequenceGenerator(name = "disclosure_export_seq", sequenceName = "disclosure_export_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_export_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "exported_by", nullable = false, length = 254, updatable = false)
    private String exportedBy;

    @Column(name = "exported_at", nullable = false, updatable = false)
    private Instant exportedAt;

    @Column(name = "data_given", nullable = false, length = 200, updatable = false)
    private String dataGiven;

    protected DisclosureExport() {
        // for JPA
    }

    DisclosureExport(long requestId, String exportedBy, Instant exportedAt, String dataGiven) {
        this.requestId = requestId;
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
        this.dataGiven = dataGiven;
    }

    public String getExportedBy() {
        return exportedBy;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    public String getDataGiven() {
        return dataGiven;
    }
}
