package nl.weerbaarbestuur.ontour.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.AttendeeCheckedIn;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.CheckInUndone;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.NoShowsRecorded;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.Attendees.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in on the day: one tap checks a confirmed attendee in (or undoes it), a walk-in takes a
 * free seat through the registration module's seat ledger, and after the session the rest is
 * marked no-show. Who may: organisers everywhere, a griffie at the sessions in its own province,
 * a trainer at the sessions it leads.
 *
 * <p>Every change first locks the registration's row, so two devices tapping the same person at
 * once are decided one after the other: the first checks in, the second finds it done.
 */
@Service
public class AttendanceService {

    private static final Logger log = LoggerFactory.getLogger(AttendanceService.class);

    private final AttendanceRepository attendance;
    private final TrainerNameAccessRepository trainerAccess;
    private final Attendees attendees;
    private final SessionService sessions;
    private final RegistrationAdministration registrations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessLog accessLog;
    @PersistenceContext
    private EntityManager entityManager;

    AttendanceService(AttendanceRepository attendance, TrainerNameAccessRepository trainerAccess, Attendees attendees, SessionService sessions,
                      RegistrationAdministration registrations, CurrentUser currentUser, ApplicationEventPublisher events,
                      Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.attendance = attendance;
        this.trainerAccess = trainerAccess;
        this.attendees = attendees;
        this.sessions = sessions;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of a tap: {@code changed} is false when a second device had already done it. */
    public record CheckInOutcome(long registrationId, long sessionId, boolean changed, Instant checkedInAt,
                                 String checkedInBy) {
    }

    /**
     * The sheet as the check-in page first shows it: the same as {@link #sheet}, and when it shows
     * names, one entry in the access log (a trainer without names sees no personal data).
     */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional
    public CheckInSheet openSheet(long sessionId) {
        var sheet = sheet(sessionId);
        if (!sheet.namesHidden()) {
            accessLog.record(AccessAction.CHECK_IN_SHEET, sessionId, null, sheet.rows().size());
        }
        return sheet;
    }

    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional(readOnly = true)
    public CheckInSheet sheet(long sessionId) {
        var session = sessionInScope(sessionId);
        var user = currentUser.require();
        Map<Long, Attendance> recorded = new HashMap<>();
        attendance.findBySessionId(sessionId).forEach(a -> recorded.put(a.getRegistrationId(), a));
        List<CheckInSheet.Row> rows = attendees.confirmedOf(sessionId).stream().map(p -> {
            var a = recorded.get(p.registrationId());
            return new CheckInSheet.Row(p.registrationId(), p.fullName(), p.function(), p.fractie(), p.provinceCode(),
                    a != null && a.isWalkIn(), a == null ? null : a.getCheckedInAt(),
                    a == null ? null : a.getCheckedInBy(), a != null && a.isNoShow());
        }).toList();
        boolean namesAllowed = trainerAccess.existsById(sessionId);
        boolean namesHidden = user.is(Role.TRAINER) && !namesAllowed;
        if (namesHidden) {
            rows = rows.stream().map(CheckInSheet.Row::anonymous).toList();
        }
        var now = clock.instant();
        int total = rows.size();
        if (!seesEveryone(user, session, now)) {
            rows = rows.stream().filter(r -> user.provinceCodes().contains(r.provinceCode())).toList();
        }
        boolean held = isHeld(session);
        boolean open = held && !now.isBefore(checkInOpensAt(session));
        boolean ended = held && !now.isBefore(session.getEndsAt());
        boolean mayWalkIn = open && session.getStatus() == SessionStatus.PUBLISHED && !user.is(Role.TRAINER)
                && total < session.getCapacity();
        return new CheckInSheet(session.getId(), session.getTitle(), session.getProvinceCode(), session.getStartsAt(),
                session.getEndsAt(), session.getVenue() == null ? null : session.getVenue().getName(),
                session.getStatus(), session.getCapacity(), rows, open, ended, mayWalkIn, ended,
                namesHidden, namesAllowed, total - rows.size());
    }

    /**
     * A griffie sees participants from other provinces only while the check-in window is open;
     * organisers and trainers (by their own rule on names) see every row.
     */
    static boolean seesEveryone(SignedInUser user, TrainingSession session, Instant now) {
        return !user.is(Role.GRIFFIE) || CheckInWindow.isOpen(session.getStartsAt(), session.getEndsAt(), now);
    }

    /** A griffie acts on someone from another province only within the check-in window. */
    private void requireVisible(TrainingSession session, Attendee person) {
        var user = currentUser.require();
        if (!user.provinceCodes().contains(person.provinceCode()) && !seesEveryone(user, session, clock.instant())) {
            throw new AccessDeniedException("registration " + person.registrationId() + " is outside the scope of " + user
                    + " until the check-in window opens");
        }
    }

    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional
    public CheckInOutcome checkIn(long registrationId) {
        var person = lockRegistration(registrationId);
        var session = sessionInScope(person.sessionId());
        requireNames(session);
        requireVisible(session, person);
        requireCheckInOpen(session);
        if (person.status() != RegistrationStatus.CONFIRMED) {
            throw new BusinessRuleException(person.status() == RegistrationStatus.CANCELLED
                    ? "results.attendance.error.cancelled" : "results.attendance.error.not-confirmed",
                    person.fullName(), new MessageKey("registration.status." + person.status().name()));
        }
        var now = clock.instant();
        var record = attendance.findLocked(registrationId)
                .orElseGet(() -> newRecord(person, false, now));
        var by = currentUser.require().email();
        boolean changed = record.checkIn(by, now);
        if (changed) {
            events.publishEvent(new AttendeeCheckedIn(registrationId, person.sessionId(), now, record.isWalkIn()));
            log.info("Registration {} checked in at session {} by {}", registrationId, person.sessionId(), by);
        }
        return new CheckInOutcome(registrationId, person.sessionId(), changed, record.getCheckedInAt(),
                record.getCheckedInBy());
    }

    /** Takes a check-in back; @return false when there was nothing to undo. */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional
    public boolean undoCheckIn(long registrationId) {
        var person = lockRegistration(registrationId);
        var inScope = sessionInScope(person.sessionId());
        requireNames(inScope);
        requireVisible(inScope, person);
        var record = attendance.findLocked(registrationId);
        if (record.isEmpty() || !record.get().undo(clock.instant())) {
            return false;
        }
        events.publishEvent(new CheckInUndone(registrationId, person.sessionId()));
        log.info("Check-in of registration {} undone by account {}", registrationId, currentUser.require().id());
        return true;
    }

    /**
     * Someone without a registration turns up and a seat is free: registered on the spot (by the
     * griffie or organiser, through the seat ledger, so never overbooked) and checked in. When
     * the last seat went meanwhile, nothing is kept: no waitlist place for someone at the door.
     */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE})
    @Transactional
    public CheckInOutcome walkIn(long sessionId, ParticipantDetails details) {
        var session = sessionInScope(sessionId);
        requireCheckInOpen(session);
        if (session.getStatus() != SessionStatus.PUBLISHED) {
            throw new BusinessRuleException("results.attendance.error.session-not-held");
        }
        var receipt = registrations.registerOnBehalf(sessionId, details);
        var person = attendees.find(receipt.registrationId()).orElseThrow();
        if (person.status() != RegistrationStatus.CONFIRMED) {
            throw new BusinessRuleException("results.attendance.error.walk-in-full");
        }
        var now = clock.instant();
        var record = newRecord(person, true, now);
        var by = currentUser.require().email();
        record.checkIn(by, now);
        events.publishEvent(new AttendeeCheckedIn(person.registrationId(), sessionId, now, true));
        log.info("Walk-in registration {} checked in at session {} by {}", person.registrationId(), sessionId, by);
        return new CheckInOutcome(person.registrationId(), sessionId, true, now, by);
    }

    /** After the session: every confirmed attendee not checked in is marked no-show. @return how many now */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional
    public int markNoShows(long sessionId) {
        var session = sessionInScope(sessionId);
        var now = clock.instant();
        if (!isHeld(session)) {
            throw new BusinessRuleException("results.attendance.error.session-not-held");
        }
        if (now.isBefore(session.getEndsAt())) {
            throw new BusinessRuleException("results.attendance.error.not-ended",
                    DutchTime.time(session.getEndsAt()));
        }
        var marked = new ArrayList<Long>();
        for (var candidate : attendees.confirmedOf(sessionId)) {
            var person = lockRegistration(candidate.registrationId());
            if (person.status() != RegistrationStatus.CONFIRMED) {
                continue;
            }
            var record = attendance.findLocked(person.registrationId()).orElseGet(() -> newRecord(person, false, now));
            if (!record.isCheckedIn() && record.markNoShow(now)) {
                marked.add(person.registrationId());
            }
        }
        if (!marked.isEmpty()) {
            events.publishEvent(new NoShowsRecorded(sessionId, List.copyOf(marked)));
        }
        log.info("{} no-shows recorded at session {} by account {}", marked.size(), sessionId, currentUser.require().id());
        return marked.size();
    }

    /** An organiser lets the trainers of this session see the names on its check-in page, or takes that back. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void allowTrainersNames(long sessionId, boolean allowed) {
        var session = sessionInScope(sessionId);
        var by = currentUser.require().email();
        if (allowed && !trainerAccess.existsById(sessionId)) {
            trainerAccess.save(new TrainerNameAccess(session.getId(), by, clock.instant()));
        } else if (!allowed) {
            trainerAccess.deleteById(sessionId);
        }
        log.info("Trainers of session {} {} see names (set by {})", sessionId, allowed ? "may" : "may not", by);
    }

    /** Whether the trainers of this session may see the names (for the organiser's switch in the session editor). */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public boolean trainersMaySeeNames(long sessionId) {
        return trainerAccess.existsById(sessionInScope(sessionId).getId());
    }

    /** Trainers work with counts; to check people in by name they need the organiser's permission. */
    private void requireNames(TrainingSession session) {
        if (currentUser.require().is(Role.TRAINER) && !trainerAccess.existsById(session.getId())) {
            throw new AccessDeniedException("the trainers of session " + session.getId() + " see counts, not names");
        }
    }

    private Attendance newRecord(Attendee person, boolean walkIn, Instant now) {
        var record = new Attendance(person.registrationId(), person.sessionId(), walkIn, now);
        entityManager.persist(record);
        return record;
    }

    private Attendee lockRegistration(long registrationId) {
        return attendees.lock(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
    }

    /** The session, if this user works there: refused otherwise, whether it exists or not. */
    private TrainingSession sessionInScope(long sessionId) {
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

    private void requireCheckInOpen(TrainingSession session) {
        if (!isHeld(session)) {
            throw new BusinessRuleException("results.attendance.error.session-not-held");
        }
        if (clock.instant().isBefore(checkInOpensAt(session))) {
            throw new BusinessRuleException("results.attendance.error.too-early",
                    DutchTime.dateTime(checkInOpensAt(session), DutchTime.DUTCH));
        }
    }

    private static boolean isHeld(TrainingSession session) {
        return session.getStatus() == SessionStatus.PUBLISHED || session.getStatus() == SessionStatus.COMPLETED;
    }

    /**
     * Check-in opens two hours before the start: early enough for the door of an evening session,
     * late enough that nobody is marked present for a session they have not reached yet.
     */
    static Instant checkInOpensAt(TrainingSession session) {
        return CheckInWindow.opensAt(session.getStartsAt());
    }
}
