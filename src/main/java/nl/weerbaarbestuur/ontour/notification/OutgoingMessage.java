package nl.weerbaarbestuur.ontour.notification;

/**
 * A message to send. The key makes it unique: enqueueing the same key twice sends it once
 * (e.g. "registration-confirm:42").
 */
public record OutgoingMessage(String key, String type, String language, String recipient, String subject, String text) {
}
