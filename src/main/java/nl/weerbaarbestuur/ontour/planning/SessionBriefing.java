package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.List;

/**
 * What a confirmed participant is told about a session: with the online link (for online and
 * hybrid sessions), which lists and public pages never show. {@code reminderDays} are the days
 * before the start on which the tour sends reminders, largest first.
 */
public record SessionBriefing(long id, long tourId, String tourName, String tourMailbox, String title, String description,
                              Instant startsAt, Instant endsAt, String venueName, String venueAddress, String venueRoom,
                              SessionFormat format, String meetingUrl, SessionStatus status, List<Integer> reminderDays) {

    static SessionBriefing of(TrainingSession s, List<Integer> reminderDays) {
        var venue = s.getVenue();
        var tour = s.getTour();
        return new SessionBriefing(s.getId(), tour.getId(), tour.getName(), tour.getOrganiserEmail(), s.getTitle(),
                s.getDescription(), s.getStartsAt(), s.getEndsAt(), venue == null ? null : venue.getName(),
                venue == null ? null : venue.address(), venue == null ? null : venue.getRoom(), s.getFormat(),
                s.getFormat() == SessionFormat.IN_PERSON ? null : s.getMeetingUrl(), s.getStatus(), reminderDays);
    }

    /** Whether there is an online link to give. */
    public boolean online() {
        return meetingUrl != null && !meetingUrl.isBlank();
    }
}
