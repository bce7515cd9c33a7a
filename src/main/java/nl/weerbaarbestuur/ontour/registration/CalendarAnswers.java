package nl.weerbaarbestuur.ontour.registration;

import java.time.Clock;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What participants answered to their calendar invites, kept on the registration, so that the
 * attendee list, the check-in page and every other reader of {@link Attendee} show it without a
 * second model. Module replies writes it, after it has checked the reply (sender, the invite's UID
 * and SEQUENCE): this module never reads the reply log, so the two modules stay one-way. A decline
 * cancels through {@link ParticipantRegistrations#cancelByCalendarDecline}; this only records it.
 * A new version of the invite asks again, so the answer goes with it: the calendar module says so
 * when it sends an update ({@link #askedAgain}), and a new seat (confirmed, promoted) starts without.
 */
@Service
public class CalendarAnswers {

    private final RegistrationRepository registrations;
    private final Clock clock;

    CalendarAnswers(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * Records the answer to the registration's current invite; false when the registration is gone
     * or anonymised (nothing is kept for it then).
     */
    @Transactional
    public boolean record(long registrationId, CalendarAnswer answer) {
        var registration = registrations.findById(registrationId).filter(r -> !r.isAnonymised());
        if (registration.isEmpty()) {
            return false;
        }
        registration.get().answerInCalendar(answer, clock.instant());
        registrations.save(registration.get());
        return true;
    }

    /**
     * An updated invite (a higher SEQUENCE) went out: the answer to the version before no longer
     * holds. Returns whether there was one.
     */
    @Transactional
    public boolean askedAgain(long registrationId) {
        var registration = registrations.findById(registrationId);
        if (registration.isEmpty() || !registration.get().forgetCalendarAnswer()) {
            return false;
        }
        registrations.save(registration.get());
        return true;
    }
}
