package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser's revision of a session changed in what participants and trainers were told:
 * time, place (venue, link, format), capacity and trainers, before and after. One comparison serves
 * both the events the session registers ({@link TrainingSession#revise}) and the lines its history
 * gets ({@link SessionService#update}), so the two cannot disagree.
 */
record SessionRevision(Logistics before, Logistics after) {

    /** The facts of a session that its participants and trainers have been told. */
    record Logistics(Instant startsAt, Instant endsAt, @Nullable Long venueId, @Nullable String meetingUrl,
                     SessionFormat format, int capacity, Set<Long> trainerIds) {

        static Logistics of(TrainingSession session) {
            var trainerIds = new HashSet<Long>();
            session.getTrainers().forEach(t -> trainerIds.add(t.getId()));
            var venue = session.getVenue();
            return new Logistics(session.getStartsAt(), session.getEndsAt(), venue == null ? null : venue.getId(),
                    session.getMeetingUrl(), session.getFormat(), session.getCapacity(), Set.copyOf(trainerIds));
        }
    }

    boolean rescheduled() {
        return !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt());
    }

    boolean linkChanged() {
        return !Objects.equals(before.meetingUrl(), after.meetingUrl());
    }

    boolean moved() {
        return !Objects.equals(before.venueId(), after.venueId()) || linkChanged() || before.format() != after.format();
    }

    boolean resized() {
        return before.capacity() != after.capacity();
    }

    boolean trainersChanged() {
        return !before.trainerIds().equals(after.trainerIds());
    }

    /** What a published session announces of this revision, in this order (nothing when nothing changed). */
    List<SessionEvents> events(long sessionId) {
        var events = new ArrayList<SessionEvents>();
        if (rescheduled()) {
            events.add(new SessionRescheduled(sessionId, before.startsAt(), before.endsAt(), after.startsAt(), after.endsAt()));
        }
        if (moved()) {
            events.add(new SessionMoved(sessionId, before.venueId(), after.venueId(), linkChanged(), before.format(),
                    after.format()));
        }
        if (resized()) {
            events.add(new SessionCapacityChanged(sessionId, before.capacity(), after.capacity()));
        }
        if (trainersChanged()) {
            var added = new HashSet<>(after.trainerIds());
            added.removeAll(before.trainerIds());
            var removed = new HashSet<>(before.trainerIds());
            removed.removeAll(after.trainerIds());
            events.add(new SessionTrainersChanged(sessionId, Set.copyOf(added), Set.copyOf(removed)));
        }
        return events;
    }
}
