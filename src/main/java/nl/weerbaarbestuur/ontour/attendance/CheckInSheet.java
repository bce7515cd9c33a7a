package nl.weerbaarbestuur.ontour.attendance;

import java.time.Instant;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.jspecify.annotations.Nullable;

/**
 * The check-in page of one session: who holds a seat and whether they are in. {@code open}:
 * check-in is possible now (from the session's day on); {@code ended}: the rest may be marked
 * no-show; {@code mayWalkIn}: this user may register a walk-in and a seat is free.
 * {@code namesHidden}: a trainer without the organiser's permission gets the rows without names
 * (counts only); {@code trainerNamesAllowed}: that permission, for the organiser's switch.
 * {@code othersHidden}: how many confirmed participants from other provinces a griffie does not
 * see because the {@link CheckInWindow} is closed (they still count for the seats). A row's
 * {@code calendarAnswer}: what the person answered to their calendar invite (null: no answer).
 */
public record CheckInSheet(long sessionId, String title, String provinceCode, Instant startsAt, Instant endsAt,
                           String venueName, SessionStatus status, int capacity, List<Row> rows, boolean open,
                           boolean ended, boolean mayWalkIn, boolean mayMarkNoShows, boolean namesHidden,
                           boolean trainerNamesAllowed, int othersHidden) {

    public record Row(long registrationId, String fullName, @Nullable ParticipantFunction function, @Nullable String fractie,
                      @Nullable String provinceCode, boolean walkIn, @Nullable Instant checkedInAt, @Nullable String checkedInBy,
                      boolean noShow, @Nullable CalendarAnswer calendarAnswer) {

        public boolean checkedIn() {
            return checkedInAt != null;
        }

        /** The same row without anything that tells who it is. */
        Row anonymous() {
            return new Row(registrationId, "", null, null, null, walkIn, checkedInAt, null, noShow, null);
        }
    }

    public int confirmed() {
        return rows.size() + othersHidden;
    }

    public long checkedIn() {
        return rows.stream().filter(Row::checkedIn).count();
    }

    public long walkIns() {
        return rows.stream().filter(r -> r.walkIn() && r.checkedIn()).count();
    }

    public long noShows() {
        return rows.stream().filter(Row::noShow).count();
    }

    public boolean seatFree() {
        return confirmed() < capacity;
    }
}
