package kg.gov.kuzmat.exam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kg.gov.kuzmat.platform.BusinessException;
import kg.gov.kuzmat.security.Role;
import kg.gov.kuzmat.vacancy.PositionGroup;

import java.util.List;
import java.util.Optional;

/** The test of each position group, defined by the bank's administrators and read by HR officers. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ExamSpecifications {

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.HR_OFFICER})
    public Optional<ExamSpecification> of(PositionGroup group) {
        return Optional.ofNullable(em.find(ExamSpecification.class, group.name()));
    }

    /** Sets the group's test; {@code expectedVersion} is the version the administrator edited, or null for a new one. */
    public ExamSpecification define(PositionGroup group, Long expectedVersion, int minutes, int pass, List<TopicShare> shares) {
        ExamSpecification specification = em.find(ExamSpecification.class, group.name());
        if (specification == null) {
            specification = new ExamSpecification(group);
            em.persist(specification);
        } else if (expectedVersion == null || specification.getVersion() != expectedVersion) {
            throw new BusinessException("exam.specificationChangedMeanwhile");
        }
        for (TopicShare share : shares) {
            if (em.find(ExamTopic.class, share.getTopicId()) == null) {
                throw new BusinessException("exam.topicNotFound");
            }
        }
        specification.define(minutes, pass, shares);
        em.flush();
        return specification;
    }
}
