package nl.weerbaarbestuur.ontour.tourplanning;

/** When a session is held: a province's preference and the shape of a slot. */
public enum PartOfDay {
    AFTERNOON, EVENING
}
