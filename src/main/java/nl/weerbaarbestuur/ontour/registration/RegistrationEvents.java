package nl.weerbaarbestuur.ontour.registration;

/** Events of registrations, for the calendar (invites) and mail modules. Ids and facts only. */
public final class RegistrationEvents {

    private RegistrationEvents() {
    }

    public record RegistrationConfirmed(long registrationId, long sessionId) {
    }

    public record RegistrationWaitlisted(long registrationId, long sessionId, long position) {
    }

    public record WaitlistPromoted(long registrationId, long sessionId) {
    }

    public record RegistrationCancelled(long registrationId, long sessionId, boolean freedSeat) {
    }

    public record RegistrationExpired(long registrationId, long sessionId) {
    }

    /** The participant changed their needs or remarks through the manage link; {@code fields} names what changed. */
    public record RegistrationChanged(long registrationId, long sessionId, java.util.List<String> fields) {
    }
}
