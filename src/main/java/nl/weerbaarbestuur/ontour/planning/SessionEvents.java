package nl.weerbaarbestuur.ontour.planning;

/**
 * Marker for the events a session publishes when it changes in a way participants must hear
 * about. Listeners (calendar invites, notifications) react after commit; the events are stored
 * in the publication registry until every listener has handled them.
 */
public sealed interface SessionEvents permits SessionPublished, SessionRescheduled, SessionMoved,
        SessionCapacityChanged, SessionCancelled, SessionTrainersChanged {

    long sessionId();
}
