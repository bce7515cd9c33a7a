package nl.weerbaarbestuur.ontour.notification;

/** A rendered e-mail: its subject and plain-text body. */
public record MailContent(String subject, String text) {
}
