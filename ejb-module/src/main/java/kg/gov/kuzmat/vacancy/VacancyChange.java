package kg.gov.kuzmat.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One field of a published vacancy changed by an HR officer: kept for ever and shown to readers. */
@Entity
@Table(name = "vacancy_change")
public class VacancyChange {

    @Id
    @SequenceGenerator(name = "vacancy_change_seq", sequenceName = "vacancy_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vacancy_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private Vacancy vacancy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "field_name", nullable = false, updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false, length = 20000)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 20000)
    private String newValue;

    protected VacancyChange() {
        // for JPA
    }

    VacancyChange(Vacancy vacancy, Instant changedAt, String changedBy, String field, String oldValue, String newValue) {
        this.vacancy = vacancy;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
