package nl.weerbaarbestuur.ontour.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only questions other modules ask about who comes to a session, for the messages the
 * application sends on its own (reminders, follow-ups, invites). Not for screens: those go through
 * {@link RegistrationService}, which checks who is asking.
 */
@Service
public class AttendeeQueries {

    private final RegistrationRepository registrations;

    AttendeeQueries(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** The confirmed participants of a session, in the order they got their seat. */
    @Transactional(readOnly = true)
    public List<Attendee> confirmed(long sessionId) {
        return registrations.findBySessionIdAndStatusOrderByConfirmedAtAscIdAsc(sessionId, RegistrationStatus.CONFIRMED)
                .stream().map(Attendee::of).toList();
    }

    /** One registration as an attendee, whatever its status; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<Attendee> registration(long registrationId) {
        return registrations.findById(registrationId).map(Attendee::of);
    }
}
