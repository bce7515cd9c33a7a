package nl.weerbaarbestuur.ontour.planning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A session as a calendar entry needs it, including the meeting link and the venue's coordinates.
 * For the calendar module only: the meeting link goes to confirmed participants, never into
 * public files or feeds. A closed session ({@code closed}) is left out of public feeds and files, and
 * its published entries name only the town ({@code venueTown}); the full address is for confirmed
 * participants' invites.
 */
public record CalendarSession(long id, long tourId, String tourName, String organiserEmail, String provinceCode,
                              String title, String topic, String description, Instant startsAt, Instant endsAt,
                              SessionStatus status, SessionFormat format, String venueName, String venueAddress,
                              String venueRoom, BigDecimal latitude, BigDecimal longitude, String meetingUrl,
                              String cancellationReason, long version, boolean closed, String venueTown) {

    static CalendarSession of(TrainingSession s) {
        var venue = s.getVenue();
        var tour = s.getTour();
        return new CalendarSession(s.getId(), tour.getId(), tour.getName(), tour.getOrganiserEmail(), s.getProvinceCode(),
                s.getTitle(), s.getTopic(), s.getDescription(), s.getStartsAt(), s.getEndsAt(), s.getStatus(),
                s.getFormat(), venue == null ? null : venue.getName(), venue == null ? null : venue.address(),
                venue == null ? null : venue.getRoom(), venue == null ? null : venue.getLatitude(),
                venue == null ? null : venue.getLongitude(), s.getMeetingUrl(), s.getCancellationReason(), s.getVersion(),
                s.isClosed(), venue == null ? null : venue.getCity());
    }
}
