package nl.weerbaarbestuur.ontour.notification;

import org.jspecify.annotations.Nullable;

/**
 * A message to send. The key makes it unique: enqueueing the same key twice sends it once
 * (e.g. "registration-confirm:42").
 *
 * <p>Optionally an HTML body ({@link #withHtml}) and a calendar part ({@link #withCalendar}): the
 * iTIP method (REQUEST, CANCEL or PUBLISH) and the .ics text. With a calendar part the mail goes
 * out as an invitation mail clients recognise (RFC 6047): text, HTML and
 * {@code text/calendar; method=...} as alternatives, plus the same file attached as {@code invite.ics}.
 */
public record OutgoingMessage(String key, String type, String language, String recipient, String subject, String text,
                              @Nullable String html, @Nullable String calendarMethod, @Nullable String calendarIcs,
                              @Nullable String sender, @Nullable String listUnsubscribe) {

    public OutgoingMessage(String key, String type, String language, String recipient, String subject, String text) {
        this(key, type, language, recipient, subject, text, null, null, null, null, null);
    }

    public OutgoingMessage(String key, String type, String language, String recipient, String subject, String text,
                           @Nullable String html, @Nullable String calendarMethod, @Nullable String calendarIcs) {
        this(key, type, language, recipient, subject, text, html, calendarMethod, calendarIcs, null, null);
    }

    public OutgoingMessage {
        if ((calendarMethod == null) != (calendarIcs == null)) {
            throw new IllegalArgumentException("a calendar part needs both its method and its text");
        }
    }

    public OutgoingMessage withHtml(String htmlBody) {
        return new OutgoingMessage(key, type, language, recipient, subject, text, htmlBody, calendarMethod, calendarIcs,
                sender, listUnsubscribe);
    }

    /** Attaches a calendar file; {@code method} must be the METHOD inside {@code ics}. */
    public OutgoingMessage withCalendar(String method, String ics) {
        return new OutgoingMessage(key, type, language, recipient, subject, text, html, method, ics, sender, listUnsubscribe);
    }

    /**
     * Sends it in the name of a tour: {@code From} shows the tour's name and {@code Reply-To} is
     * its mailbox (the organisers), e.g. ("Weerbaar Bestuur On Tour 2027", "ontour@example.nl").
     */
    public OutgoingMessage from(String displayName, String mailbox) {
        return new OutgoingMessage(key, type, language, recipient, subject, text, html, calendarMethod, calendarIcs,
                displayName + " <" + mailbox + ">", listUnsubscribe);
    }

    /** Adds one-click unsubscribe (RFC 8058): only for mail one can meaningfully stop, such as the digest. */
    public OutgoingMessage withListUnsubscribe(String httpsUrl) {
        return new OutgoingMessage(key, type, language, recipient, subject, text, html, calendarMethod, calendarIcs, sender,
                httpsUrl);
    }

    public boolean hasCalendar() {
        return calendarIcs != null;
    }
}
