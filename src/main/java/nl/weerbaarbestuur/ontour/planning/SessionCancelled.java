package nl.weerbaarbestuur.ontour.planning;

/** A session will not take place: everyone registered gets a CANCEL and a message with the reason. */
public record SessionCancelled(long sessionId, boolean wasPublished, String reason) implements SessionEvents {
}
