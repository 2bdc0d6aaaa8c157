package kg.gov.kuzmat.security;

/** The portal's roles. {@link Names} holds them as constants for {@code @RolesAllowed}. */
public enum Role {
    APPLICANT,
    HR_OFFICER,
    ADMIN;

    /** Role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String HR_OFFICER = "HR_OFFICER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
