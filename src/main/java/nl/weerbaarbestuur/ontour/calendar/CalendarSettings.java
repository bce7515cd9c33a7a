package nl.weerbaarbestuur.ontour.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The calendar's settings:
 * <ul>
 * <li>{@code ontour.calendar.organizer} / {@code ontour.calendar.organizer-name}: the ORGANIZER when a
 * tour has no mailbox of its own (default {@code ontour@weerbaarbestuur.nl}, "Weerbaar Bestuur On Tour");
 * the display name is used for every tour;</li>
 * <li>{@code ontour.calendar.alarm}: {@code evening-before} (default: a reminder at 18:00 Dutch time
 * the day before, written as a relative TRIGGER so every client honours it: -P1DT1H for a 19:00
 * session, -PT15H for a 09:00 one), {@code none}, or an ISO duration before the start such as
 * {@code PT2H};</li>
 * <li>{@code ontour.calendar.update-delay}: how long a session must stay unchanged before the updated
 * invites go out (default PT5M), so that several edits give one update per participant.</li>
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

    CalendarSettings(@Value("${ontour.calendar.organizer:ontour@weerbaarbestuur.nl}") String organizerEmail,
                     @Value("${ontour.calendar.organizer-name:Weerbaar Bestuur On Tour}") String organizerName,
                     @Value("${ontour.calendar.alarm:evening-before}") String alarm,
                     @Value("${ontour.calendar.update-delay:PT5M}") Duration updateDelay,
                     @Value("${ontour.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.organizerEmail = organizerEmail.replaceFirst("(?i)^mailto:", "");
        this.organizerName = organizerName;
        this.alarm = alarm.strip();
        this.updateDelay = updateDelay;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    CalendarEntry.Mailbox organizer(String tourMailbox) {
        return new CalendarEntry.Mailbox(tourMailbox == null || tourMailbox.isBlank() ? organizerEmail : tourMailbox.strip(),
                organizerName);
    }

    /** How long before {@code start} the reminder goes off, or null for none. */
    Duration alarmBefore(Instant start) {
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
