package kg.gov.kuzmat.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kg.gov.kuzmat.agency.LocalizedName;

/** A field of law the test draws questions from, e.g. the Constitution or the Labour Code. */
@Entity
@Table(name = "exam_topic")
@NamedQuery(name = "ExamTopic.all", query = "SELECT t FROM ExamTopic t ORDER BY t.code")
@NamedQuery(name = "ExamTopic.byCode", query = "SELECT t FROM ExamTopic t WHERE t.code = :code")
public class ExamTopic {

    @Id
    @SequenceGenerator(name = "exam_topic_seq", sequenceName = "exam_topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_topic_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Embedded
    private LocalizedName name;

    protected ExamTopic() {
        // for JPA
    }

    ExamTopic(String code, LocalizedName name) {
        this.code = code;
        this.name = name;
    }

    void rename(LocalizedName newName) {
        this.name = newName;
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
}
