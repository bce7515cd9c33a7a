package nl.weerbaarbestuur.ontour.tourplanning;

/** The three school-holiday regions of the Netherlands; a province may lie in more than one. */
public enum SchoolRegion {
    NOORD, MIDDEN, ZUID
}
