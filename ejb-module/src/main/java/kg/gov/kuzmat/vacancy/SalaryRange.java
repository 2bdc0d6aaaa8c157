package kg.gov.kuzmat.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A monthly salary range in Kyrgyz som; the minimum never exceeds the maximum. */
@Embeddable
public class SalaryRange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "salary_min", nullable = false)
    private int minimum;

    @Column(name = "salary_max", nullable = false)
    private int maximum;

    protected SalaryRange() {
        // for JPA
    }

    public SalaryRange(int minimum, int maximum) {
        if (minimum < 0 || minimum > maximum) {
            throw new IllegalArgumentException("Salary range must satisfy 0 <= min <= max, was " + minimum + "-" + maximum);
        }
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public int getMinimum() {
        return minimum;
    }

    public int getMaximum() {
        return maximum;
    }
}
