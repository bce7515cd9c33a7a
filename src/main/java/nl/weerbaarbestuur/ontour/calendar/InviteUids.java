package nl.weerbaarbestuur.ontour.calendar;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one owner of the UIDs this application writes into calendars: a participant's invite
 * ({@code reg-<registration>-session-<session>@ontour}), a trainer's ({@code trainer-<trainer>-session-<session>@ontour})
 * and the public entry of a session ({@code session-<session>@ontour}). They are stable, so a
 * calendar replaces an entry rather than adding one; and other modules (replies) ask here whether a
 * UID found in a mail is one of ours, never parse it themselves.
 */
public final class InviteUids {

    private static final Pattern OURS = Pattern.compile("(?:(reg|trainer)-(\\d{1,18})-)?session-(\\d{1,18})@ontour");

    /** A trainer's invite UID, read: whose invite, for which session. */
    public record TrainerUid(long trainerId, long sessionId) {
    }

    private InviteUids() {
    }

    static String participant(long registrationId, long sessionId) {
        return "reg-" + registrationId + "-session-" + sessionId + "@ontour";
    }

    static String trainer(long trainerId, long sessionId) {
        return "trainer-" + trainerId + "-session-" + sessionId + "@ontour";
    }

    static String session(long sessionId) {
        return "session-" + sessionId + "@ontour";
    }

    /** Whether the UID has the shape of one this application writes (it may still be made up). */
    public static boolean isOurs(@Nullable String uid) {
        return uid != null && OURS.matcher(uid).matches();
    }

    /** The session one of our UIDs names; empty for any other UID. */
    public static Optional<Long> sessionOf(@Nullable String uid) {
        var match = uid == null ? null : OURS.matcher(uid);
        return match != null && match.matches() ? Optional.of(Long.parseLong(match.group(3))) : Optional.empty();
    }

    /** The trainer and session of a trainer's invite UID; empty for any other UID. */
    static Optional<TrainerUid> trainerOf(@Nullable String uid) {
        var match = uid == null ? null : OURS.matcher(uid.strip());
        return match != null && match.matches() && "trainer".equals(match.group(1))
                ? Optional.of(new TrainerUid(Long.parseLong(match.group(2)), Long.parseLong(match.group(3))))
                : Optional.empty();
    }
}
