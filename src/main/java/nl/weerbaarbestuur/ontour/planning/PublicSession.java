package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;

/**
 * A published session as anyone may see it: no meeting link, no names of participants. How full
 * it is, is the registration module's to say (its {@code SeatCounts}). For a closed session (besloten) the venue is reduced to its town
 * ({@code venueTown}; name, address, room and notes null): only confirmed participants learn the
 * address, through their invite and their manage page.
 */
public record PublicSession(long id, long tourId, String title, String topic, String description, String provinceCode,
                            Instant startsAt, Instant endsAt, String venueName, String venueAddress,
                            String venueRoom, String accessibilityNotes, SessionFormat format, Audience audience,
                            int capacity, SessionStatus status,
                            Instant registrationOpensAt, Instant registrationClosesAt, boolean griffieApprovalRequired,
                            String venueTown, boolean closed) {

    /** Whether registrations are accepted at {@code now}: published, not started, within the window. */
    public boolean acceptsRegistrationsAt(Instant now) {
        return status == SessionStatus.PUBLISHED && now.isBefore(startsAt)
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && (registrationClosesAt == null || now.isBefore(registrationClosesAt));
    }
}
