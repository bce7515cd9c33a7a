package nl.weerbaarbestuur.ontour.replies;

import org.jspecify.annotations.Nullable;

/**
 * One message from the reply mailbox as far as the mailbox can tell: its key, its sender, what the
 * receiving server said of it, and the calendar it carries; or why it carries none to act on.
 *
 * @param key                  SHA-256 of the Message-ID (of a few headers when it has none): the same message twice has the same key
 * @param from                 the one From address, lower case; null when there is none or more than one
 * @param authenticationFailed an Authentication-Results header reports spf=fail or dmarc=fail
 * @param calendar             the text of the text/calendar part; null when {@code setAside} is given
 * @param setAside             why the message is set aside without reading a calendar (not a reply, too large)
 */
record ReplyMessage(String key, @Nullable String from, boolean authenticationFailed, @Nullable String calendar,
                    @Nullable ReplyOutcome setAside, @Nullable String detail) {

    static ReplyMessage withCalendar(String key, @Nullable String from, boolean authenticationFailed, String calendar) {
        return new ReplyMessage(key, from, authenticationFailed, calendar, null, null);
    }

    static ReplyMessage setAside(String key, @Nullable String from, ReplyOutcome outcome, String detail) {
        return new ReplyMessage(key, from, false, null, outcome, detail);
    }
}
