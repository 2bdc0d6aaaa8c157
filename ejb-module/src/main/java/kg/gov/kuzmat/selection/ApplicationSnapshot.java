package kg.gov.kuzmat.selection;

import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.ServiceLength;

import java.io.Serializable;

/** The applicant's profile as it was when they applied: what the commission reviews. */
public record ApplicationSnapshot(String email, Profile profile, ServiceLength totalService, ServiceLength civilService)
        implements Serializable {
}
