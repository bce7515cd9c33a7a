package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.List;

/** What lists show of a session; never the meeting link, which only confirmed participants get. */
public record SessionSummary(long id, long tourId, String tourName, String provinceCode, String title, Instant startsAt,
                             Instant endsAt, String venueName, String venueAddress, SessionFormat format,
                             int capacity, SessionStatus status, List<String> trainerNames, long version) {

    static SessionSummary of(TrainingSession s) {
        var venue = s.getVenue();
        return new SessionSummary(s.getId(), s.getTour().getId(), s.getTour().getName(), s.getProvinceCode(), s.getTitle(),
                s.getStartsAt(), s.getEndsAt(), venue == null ? null : venue.getName(),
                venue == null ? null : venue.address(), s.getFormat(), s.getCapacity(), s.getStatus(),
                s.getTrainers().stream().map(Trainer::getName).sorted().toList(), s.getVersion());
    }
}
