package kg.gov.kuzmat.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** The competition's own record of every transition: who did what, when. */
@Entity
@Table(name = "competition_event")
@NamedQuery(name = "CompetitionEvent.ofVacancy",
        query = "SELECT e FROM CompetitionEvent e WHERE e.vacancyId = :vacancyId ORDER BY e.happenedAt, e.id")
public class CompetitionEvent {

    @Id
    @SequenceGenerator(name = "competition_event_seq", sequenceName = "competition_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_event_seq")
    private Long id;

    @Column(name = "vacancy_id", nullable = false, updatable = false)
    private long vacancyId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(nullable = false, length = 1000, updatable = false)
    private String what;

    protected CompetitionEvent() {
        // for JPA
    }

    CompetitionEvent(long vacancyId, Instant happenedAt, String actor, String what) {
        this.vacancyId = vacancyId;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.what = what.length() > 1000 ? what.substring(0, 1000) : what;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getWhat() {
        return what;
    }
}
