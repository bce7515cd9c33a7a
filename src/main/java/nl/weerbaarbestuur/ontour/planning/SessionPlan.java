package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser enters for a session, from the editor or the API: validated as a whole by
 * {@link PlanningRules} before anything is saved. Times are instants; the UI converts from
 * Europe/Amsterdam.
 */
public record SessionPlan(
        Long tourId,
        String provinceCode,
        String title,
        @Nullable String topic,
        @Nullable String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable Long venueId,
        SessionFormat format,
        @Nullable String meetingUrl,
        Integer capacity,
        Audience audience,
        Set<Long> trainerIds,
        @Nullable Instant registrationOpensAt,
        @Nullable Instant registrationClosesAt,
        boolean griffieApprovalRequired) {

    public static final int TITLE_MAX = 160;
    public static final int TOPIC_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int MEETING_URL_MAX = 500;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 1000;

    public SessionPlan {
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }

    /** The same plan at another time (used to copy a session). */
    public SessionPlan at(String newProvinceCode, Instant newStart, Instant newEnd, Long newVenueId) {
        var shift = newStart.getEpochSecond() - startsAt.getEpochSecond();
        return new SessionPlan(tourId, newProvinceCode, title, topic, description, newStart, newEnd, newVenueId, format,
                meetingUrl, capacity, audience, trainerIds,
                registrationOpensAt == null ? null : registrationOpensAt.plusSeconds(shift),
                registrationClosesAt == null ? null : registrationClosesAt.plusSeconds(shift),
                griffieApprovalRequired);
    }
}
