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

    /** A registration whose status changed, as the griffie digest lists it. */
    public record Change(long registrationId, long sessionId, String fullName, ParticipantFunction function, String fractie,
                         String provinceCode, RegistrationStatus status, MadeBy madeBy, java.time.Instant changedAt) {
    }

    /**
     * Registrations whose status changed in [from, to) and that concern these provinces: the
     * participant comes from one of them, or the session is held in one of them ({@code sessionIds}).
     * Pending (unconfirmed) ones are left out: they are not yet a registration anyone acts on.
     */
    @Transactional(readOnly = true)
    public List<Change> changedBetween(java.util.Set<String> provinceCodes, java.util.Collection<Long> sessionIds,
                                       java.time.Instant from, java.time.Instant to) {
        var sessions = sessionIds.isEmpty() ? List.of(-1L) : sessionIds;
        return registrations.findChangedBetween(provinceCodes, sessions, from, to).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.PENDING_CONFIRMATION)
                .map(r -> new Change(r.getId(), r.getSessionId(), r.getFullName(), r.getFunction(), r.getFractie(),
                        r.getProvinceCode(), r.getStatus(), r.getMadeBy(), r.getStatusChangedAt()))
                .toList();
    }

    /** One registration as an attendee, whatever its status; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<Attendee> registration(long registrationId) {
        return registrations.findById(registrationId).map(Attendee::of);
    }
}
