package nl.weerbaarbestuur.ontour.registration;

import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;

/** Who made a registration: the participant, or a griffie user or organiser on their behalf. */
public enum MadeBy {
    SELF, GRIFFIE, ORGANISER;

    /** A registration a staff member made on someone's behalf: a griffie user's, or else an organiser's. */
    static MadeBy staff(SignedInUser user) {
        return user.is(Role.GRIFFIE) ? GRIFFIE : ORGANISER;
    }
}
