package kg.gov.kuzmat.agency;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.util.Objects;

/** A state or municipal body that publishes vacancies. Its code is the stable public identifier. */
@Entity
@Table(name = "agency")
// Read on every search page and rarely changed, agencies opt in to the shared cache; the query's results
// are cached too. EclipseLink drops both when an agency changes on this server; the expiry bounds how
// long another server of a cluster may show the old name.
@Cacheable
@Cache(expiry = 60_000)
@NamedQuery(name = "Agency.findByCode", query = "SELECT a FROM Agency a WHERE a.code = :code")
@NamedQuery(name = "Agency.findAll", query = "SELECT a FROM Agency a ORDER BY a.code", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = "60000"),
        @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE)})
@NamedQuery(name = "Agency.count", query = "SELECT COUNT(a) FROM Agency a")
public class Agency {

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Embedded
    private LocalizedName name;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false)
    private AgencyType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Region region;

    @Version
    private long version;

    protected Agency() {
        // for JPA
    }

    public Agency(String code, LocalizedName name, AgencyType type, Region region) {
        if (code == null || !code.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("An agency code is 2-40 lower-case letters, digits or hyphens");
        }
        this.code = code;
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.region = Objects.requireNonNull(region, "region");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return name;
    }

    public AgencyType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public boolean sameAs(Agency other) {
        return other != null && id != null && id.equals(other.id);
    }
}
