package nl.weerbaarbestuur.ontour.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The calendar's settings as its rules read them: {@link CalendarProperties} ({@code ontour.calendar.*},
 * described there) and the site address for the links in invites and feeds.
 * <ul>
 * <li>the ORGANIZER is the tour's mailbox, or {@code ontour.calendar.organizer} when it has none; the
 * display name is used for every tour;</li>
 * <li>a participant's (and a trainer's) invite names the reply mailbox ({@link InviteReplyAddress}) as ORGANIZER when the
 * app reads one, and then asks for a reply (RSVP=TRUE); the tour's mailbox stays the mail's Reply-To.
 * Without it the invite asks for no reply: nobody would read it;</li>
 * <li>{@code evening-before} is a reminder at 18:00 Dutch time the day before, written as a relative
 * TRIGGER so every client honours it: -P1DT1H for a 19:00 session, -PT15H for a 09:00 one.</li>
 * </ul>
 */
@Component
class CalendarSettings {

    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final String organizerEmail;
    private final String organizerName;
    private final String alarm;
    private final Duration updateDelay;
    private final String baseUrl;
    private final ObjectProvider<InviteReplyAddress> replies;

    CalendarSettings(CalendarProperties properties, SiteAddress site) {
        this(properties, site, null);
    }

    @Autowired
    CalendarSettings(CalendarProperties properties, SiteAddress site, ObjectProvider<InviteReplyAddress> replies) {
        this.replies = replies;
        this.organizerEmail = properties.organizer();
        this.organizerName = properties.organizerName();
        this.alarm = properties.alarm();
        this.updateDelay = properties.updateDelay();
        this.baseUrl = site.baseUrl();
    }

    CalendarEntry.Mailbox organizer(String tourMailbox) {
        return new CalendarEntry.Mailbox(tourMailbox == null || tourMailbox.isBlank() ? organizerEmail : tourMailbox.strip(),
                organizerName);
    }

    /** A participant's or trainer's invite: the reply mailbox where the app reads one, else as {@link #organizer(String)}. */
    CalendarEntry.Mailbox participantOrganizer(String tourMailbox) {
        return replyAddress().map(address -> new CalendarEntry.Mailbox(address, organizerName))
                .orElseGet(() -> organizer(tourMailbox));
    }

    /** The mailbox whose replies the app reads, if it reads one. */
    Optional<String> replyAddress() {
        var provider = replies == null ? null : replies.getIfAvailable();
        return provider == null ? Optional.empty() : provider.address().filter(a -> !a.isBlank()).map(String::strip);
    }

    /** How long before {@code start} the reminder goes off, or null for none. */
    @Nullable Duration alarmBefore(Instant start) {
        if (alarm.equalsIgnoreCase("none") || alarm.isEmpty()) {
            return null;
        }
        if (alarm.equalsIgnoreCase("evening-before")) {
            // Measured in local time: 19:00 gives 25 hours, written -P1DT1H, and a day in a trigger is
            // nominal (RFC 5545), so the reminder stays at 18:00 across a summer-time switch.
            var local = DutchTime.inAmsterdam(start).toLocalDateTime();
            return Duration.between(local.toLocalDate().minusDays(1).atTime(EVENING), local);
        }
        return Duration.parse(alarm);
    }

    Duration updateDelay() {
        return updateDelay;
    }

    String baseUrl() {
        return baseUrl;
    }

    String sessionPage(long sessionId) {
        return baseUrl + "/sessies/" + sessionId;
    }
}
