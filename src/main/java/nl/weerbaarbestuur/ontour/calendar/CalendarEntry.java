package nl.weerbaarbestuur.ontour.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event as it goes into a calendar file: everything already decided (texts translated, links
 * chosen), so that {@link InviteComposer} only writes iCalendar.
 *
 * @param uid         stable for this participant (or the public feed) and session; never changes
 * @param sequence    raised on every significant change
 * @param cancelled   STATUS:CANCELLED instead of CONFIRMED
 * @param stamp       DTSTAMP (UTC), the moment this version was made
 * @param location    full address, or null (online)
 * @param latitude    GEO, only together with {@code longitude}; null when the venue has no coordinates
 * @param attendee    the one participant this entry is for; null in PUBLISH files (downloads, feeds)
 * @param alarmBefore how long before the start the reminder goes off; null for none
 * @param replyWanted RSVP=TRUE on the attendee of a REQUEST: only where someone reads the replies
 */
public record CalendarEntry(String uid, int sequence, boolean cancelled, Instant stamp, Instant start, Instant end,
                            String summary, String description, @Nullable String location, @Nullable BigDecimal latitude,
                            @Nullable BigDecimal longitude, String url, Mailbox organizer, @Nullable Mailbox attendee,
                            @Nullable Duration alarmBefore, @Nullable String alarmText, boolean replyWanted) {

    /** An entry that asks for a reply (RSVP=TRUE in a REQUEST). */
    public CalendarEntry(String uid, int sequence, boolean cancelled, Instant stamp, Instant start, Instant end,
                         String summary, String description, @Nullable String location, @Nullable BigDecimal latitude,
                         @Nullable BigDecimal longitude, String url, Mailbox organizer, @Nullable Mailbox attendee,
                         @Nullable Duration alarmBefore, @Nullable String alarmText) {
        this(uid, sequence, cancelled, stamp, start, end, summary, description, location, latitude, longitude, url, organizer,
                attendee, alarmBefore, alarmText, true);
    }

    /** An e-mail address with its display name (CN). */
    public record Mailbox(String email, @Nullable String name) {
    }
}
