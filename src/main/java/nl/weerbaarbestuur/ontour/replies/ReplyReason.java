package nl.weerbaarbestuur.ontour.replies;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reason stored with a handled reply ({@code calendar_reply.detail}, written for the
 * application's log in English) as organisers read it: a translation key ({@code replies.log.reason.*})
 * and the numbers in it. Only the numbers are taken over; a reason's text from the message itself
 * (the METHOD of a calendar that is no reply, an exception's class) is never shown.
 *
 * @param key     the translation key; {@code replies.log.reason.other} for a reason not known here
 * @param numbers the numbers the text names (sequences, sizes, counts), in order
 */
record ReplyReason(String key, List<Long> numbers) {

    private static final String PREFIX = "replies.log.reason.";

    private record Known(Pattern pattern, String name) {
    }

    private static final List<Known> KNOWN = List.of(
            known("From, ATTENDEE and the invited address differ", "sender-differs"),
            known("Authentication-Results: spf or dmarc fail", "authentication-failed"),
            known("answers sequence (-?\\d+), an older version than the current (-?\\d+)", "older-sequence"),
            known("answers sequence (-?\\d+), newer than the current (-?\\d+) \\(never sent\\)", "newer-sequence"),
            known("registration gone", "registration-gone"),
            known("not kept: no seat held", "no-seat"),
            known("not kept: no longer invited", "no-longer-invited"),
            known("size (\\d+) bytes", "too-large"),
            known("calendar part over (\\d+) bytes", "calendar-too-large"),
            known("MIME not readable: .*", "mime-unreadable"),
            known("no text/calendar part", "no-calendar"),
            known("calendar not readable: .*", "calendar-unreadable"),
            known("METHOD is not REPLY or COUNTER: .*", "not-a-reply-method"),
            known("(\\d+) events", "events"),
            known("no UID", "no-uid"),
            known("(\\d+) attendees", "attendees"),
            known("SEQUENCE not a number", "sequence-not-a-number"));

    private static Known known(String regex, String name) {
        return new Known(Pattern.compile(regex, Pattern.DOTALL), name);
    }

    /** The reason of a row; null when the row has none. */
    static @Nullable ReplyReason of(@Nullable String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        for (var known : KNOWN) {
            var match = known.pattern().matcher(detail);
            if (match.matches()) {
                var numbers = new java.util.ArrayList<Long>();
                for (int g = 1; g <= match.groupCount(); g++) {
                    try {
                        numbers.add(Long.parseLong(match.group(g)));
                    } catch (NumberFormatException e) {
                        numbers.add(0L); // more digits than a long holds: the number is not worth showing
                    }
                }
                return new ReplyReason(PREFIX + known.name(), List.copyOf(numbers));
            }
        }
        return new ReplyReason(PREFIX + "other", List.of());
    }

    /** Every key {@link #of} can give, for the translations check. */
    static List<String> keys() {
        var keys = new java.util.ArrayList<String>();
        KNOWN.forEach(k -> keys.add(PREFIX + k.name()));
        keys.add(PREFIX + "other");
        return keys;
    }
}
