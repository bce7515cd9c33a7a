package nl.weerbaarbestuur.ontour.replies;

import java.util.Optional;
import java.util.Set;
import nl.weerbaarbestuur.ontour.calendar.InviteUids;
import org.jspecify.annotations.Nullable;

/**
 * What of a reply's own text may be repeated in the application log or on a screen: only what is
 * ours. A UID is shown when it has the shape of the UIDs this application writes ({@link InviteUids}), a PARTSTAT when it
 * is one RFC 5545 defines; anything else is "(other)". Anyone can send the reply mailbox a calendar,
 * so its text may hold control characters (a forged log line), links or pages of text.
 */
final class OwnText {

    /** Shown instead of a value that is not ours. */
    static final String OTHER = "(other)";

    /** The participation statuses of RFC 5545 (3.2.12) that a VEVENT may carry. */
    static final Set<String> PART_STATS = Set.of("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED");

    private OwnText() {
    }

    static String uid(@Nullable String uid) {
        return InviteUids.isOurs(uid) ? uid : OTHER;
    }

    static String partStat(@Nullable String partStat) {
        return partStat != null && PART_STATS.contains(partStat) ? partStat : OTHER;
    }

    /** The session a UID of ours names; empty for any other UID. */
    static Optional<Long> sessionId(@Nullable String uid) {
        return InviteUids.sessionOf(uid);
    }
}
