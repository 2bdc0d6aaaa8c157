package kg.gov.kuzmat.agency;

import kg.gov.kuzmat.platform.BusinessException;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
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

import java.io.Serializable;
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
public class Agency implements Serializable {

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

    /** The body this one is part of, if any (a department of a ministry, a district of a region). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    /** An inactive body keeps its history but gets no new HR officers. */
    @Column(nullable = false)
    private boolean active = true;

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

    /** New names, region and parent body; the code and the kind of service stay as registered. */
    void revise(LocalizedName newName, Region newRegion, Agency newParent) {
        for (Agency up = newParent; up != null; up = up.parent) {
            if (sameAs(up)) {
                throw new BusinessException("agency.parentCycle");
            }
        }
        name = Objects.requireNonNull(newName, "name");
        region = Objects.requireNonNull(newRegion, "region");
        parent = newParent;
    }

    void activate(boolean on) {
        active = on;
    }

    public Agency getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public boolean sameAs(Agency other) {
        return other != null && id != null && id.equals(other.id);
    }
}
