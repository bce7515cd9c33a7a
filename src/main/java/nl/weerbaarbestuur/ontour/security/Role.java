package nl.weerbaarbestuur.ontour.security;

/** What an account may do. Participants have no account and therefore no role. */
public enum Role {
    ORGANISER,
    GRIFFIE,
    TRAINER;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String ORGANISER = "ORGANISER";
        public static final String GRIFFIE = "GRIFFIE";
        public static final String TRAINER = "TRAINER";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
