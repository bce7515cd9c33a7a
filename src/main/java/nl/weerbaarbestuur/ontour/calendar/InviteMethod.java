package nl.weerbaarbestuur.ontour.calendar;

/**
 * The iTIP method of a calendar file (RFC 5546): REQUEST puts or updates the entry in the
 * participant's calendar, CANCEL removes it, PUBLISH is for downloads and feeds without attendees.
 */
public enum InviteMethod {
    REQUEST, CANCEL, PUBLISH
}
