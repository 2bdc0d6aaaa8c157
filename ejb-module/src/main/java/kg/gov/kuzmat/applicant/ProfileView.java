package kg.gov.kuzmat.applicant;

import java.io.Serializable;

/** The profile as its owner sees it, with the service lengths worked out from the jobs. */
public record ProfileView(Profile profile, String email, ServiceLength totalService, ServiceLength civilService)
        implements Serializable {
}
