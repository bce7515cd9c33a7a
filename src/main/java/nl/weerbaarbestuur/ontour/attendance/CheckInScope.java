package nl.weerbaarbestuur.ontour.attendance;

import java.time.Clock;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where and when check-in happens, apart from what it records: which sessions a user works at
 * (organisers everywhere, a griffie in its own province, a trainer at the sessions it leads), whom
 * a griffie sees (its own province's people, everyone within the {@link CheckInWindow}), and from
 * when a held session takes check-ins (midnight, Amsterdam, of its day). Callers hold the
 * transaction.
 */
@Component
class CheckInScope {

    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CheckInScope(SessionService sessions, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The session, if this user works there: refused otherwise, whether it exists or not. */
    TrainingSession session(long sessionId) {
        var user = currentUser.require();
        TrainingSession session;
        try {
            session = sessions.get(sessionId);
        } catch (NotFoundException e) {
            if (user.is(Role.ORGANISER)) {
                throw e;
            }
            throw new AccessDeniedException("no session " + sessionId + " for " + user);
        }
        if (!worksAt(user, session)) {
            throw new AccessDeniedException("session " + sessionId + " is outside the scope of " + user);
        }
        return session;
    }

    static boolean worksAt(SignedInUser user, TrainingSession session) {
        return switch (user.role()) {
            case ORGANISER -> true;
            case GRIFFIE -> user.provinceCodes().contains(session.getProvinceCode());
            case TRAINER -> session.getTrainers().stream().anyMatch(t -> t.getEmail().equalsIgnoreCase(user.email()));
        };
    }

    /**
     * A griffie sees participants from other provinces only while the check-in window is open;
     * organisers and trainers (by their own rule on names) see every row.
     */
    static boolean seesEveryone(SignedInUser user, TrainingSession session, Instant now) {
        return !user.is(Role.GRIFFIE) || CheckInWindow.isOpen(session.getStartsAt(), session.getEndsAt(), now);
    }

    /** A griffie acts on someone from another province only within the check-in window. */
    void requireVisible(TrainingSession session, Attendee person) {
        var user = currentUser.require();
        if (!user.provinceCodes().contains(person.provinceCode()) && !seesEveryone(user, session, clock.instant())) {
            throw new AccessDeniedException("registration " + person.registrationId() + " is outside the scope of " + user
                    + " until the check-in window opens");
        }
    }

    void requireCheckInOpen(TrainingSession session) {
        if (!isHeld(session)) {
            throw new BusinessRuleException("results.attendance.error.session-not-held");
        }
        if (clock.instant().isBefore(checkInOpensAt(session))) {
            throw new BusinessRuleException("results.attendance.error.too-early",
                    DutchTime.dateTime(checkInOpensAt(session), DutchTime.DUTCH));
        }
    }

    static boolean isHeld(TrainingSession session) {
        return session.getStatus() == SessionStatus.PUBLISHED || session.getStatus() == SessionStatus.COMPLETED;
    }

    /** Check-in opens at midnight (Amsterdam) of the session's day. */
    static Instant checkInOpensAt(TrainingSession session) {
        return CheckInWindow.opensAt(session.getStartsAt());
    }
}
