package nl.weerbaarbestuur.ontour.registration;

/** Who made a registration: the participant, or a griffie user or organiser on their behalf. */
public enum MadeBy {
    SELF, GRIFFIE, ORGANISER
}
