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
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.NoShowsRecorded;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in on the day: one tap checks a confirmed attendee in (or undoes it), a walk-in takes a
 * free seat through the registration module's seat ledger, and after the session the rest is
 * marked no-show. Who may: organisers everywhere, a griffie at the sessions in its own province,
 * a trainer at the sessions it leads ({@link CheckInScope}); a trainer sees names only with an
 * organiser's permission ({@link TrainerNames}).
 *
 * <p>Every change first locks the registration's row, so two devices tapping the same person at
 * once are decided one after the other: the first checks in, the second finds it done.
 */
@Service
public class AttendanceService {

    private static final Logger log = LoggerFactory.getLogger(AttendanceService.class);

    private final AttendanceRepository attendance;
    private final TrainerNames trainerNames;
    private final CheckInScope scope;
    private final Attendees attendees;
    private final RegistrationAdministration registrations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessLog accessLog;
    @PersistenceContext
    private EntityManager entityManager;

    AttendanceService(AttendanceRepository attendance, TrainerNames trainerNames, CheckInScope scope, Attendees attendees,
                      RegistrationAdministration registrations, CurrentUser currentUser, ApplicationEventPublisher events,
                      Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.attendance = attendance;
        this.trainerNames = trainerNames;
        this.scope = scope;
        this.attendees = attendees;
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
        var session = scope.session(sessionId);
        var user = currentUser.require();
        Map<Long, Attendance> recorded = new HashMap<>();
        attendance.findBySessionId(sessionId).forEach(a -> recorded.put(a.getRegistrationId(), a));
        List<CheckInSheet.Row> rows = attendees.confirmedOf(sessionId).stream().map(p -> {
            var a = recorded.get(p.registrationId());
            return new CheckInSheet.Row(p.registrationId(), p.fullName(), p.function(), p.fractie(), p.provinceCode(),
                    a != null && a.isWalkIn(), a == null ? null : a.getCheckedInAt(),
                    a == null ? null : a.getCheckedInBy(), a != null && a.isNoShow(), p.calendarAnswer());
        }).toList();
        boolean namesAllowed = trainerNames.allowed(sessionId);
        boolean namesHidden = user.is(Role.TRAINER) && !namesAllowed;
        if (namesHidden) {
            rows = rows.stream().map(CheckInSheet.Row::anonymous).toList();
        }
        var now = clock.instant();
        int total = rows.size();
        if (!CheckInScope.seesEveryone(user, session, now)) {
            rows = rows.stream().filter(r -> user.provinceCodes().contains(r.provinceCode())).toList();
        }
        boolean held = CheckInScope.isHeld(session);
        boolean open = held && !now.isBefore(CheckInScope.checkInOpensAt(session));
        boolean ended = held && !now.isBefore(session.getEndsAt());
        boolean mayWalkIn = open && session.getStatus() == SessionStatus.PUBLISHED && !user.is(Role.TRAINER)
                && total < session.getCapacity();
        return new CheckInSheet(session.getId(), session.getTitle(), session.getProvinceCode(), session.getStartsAt(),
                session.getEndsAt(), session.getVenue() == null ? null : session.getVenue().getName(),
                session.getStatus(), session.getCapacity(), rows, open, ended, mayWalkIn, ended,
                namesHidden, namesAllowed, total - rows.size());
    }

    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional
    public CheckInOutcome checkIn(long registrationId) {
        var person = lockRegistration(registrationId);
        var session = scope.session(person.sessionId());
        trainerNames.require(session);
        scope.requireVisible(session, person);
        scope.requireCheckInOpen(session);
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
            attendance.save(record);
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
        var inScope = scope.session(person.sessionId());
        trainerNames.require(inScope);
        scope.requireVisible(inScope, person);
        var record = attendance.findLocked(registrationId);
        if (record.isEmpty() || !record.get().undo(clock.instant())) {
            return false;
        }
        attendance.save(record.get());
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
        var session = scope.session(sessionId);
        scope.requireCheckInOpen(session);
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
        attendance.save(record);
        log.info("Walk-in registration {} checked in at session {} by {}", person.registrationId(), sessionId, by);
        return new CheckInOutcome(person.registrationId(), sessionId, true, now, by);
    }

    /** After the session: every confirmed attendee not checked in is marked no-show. @return how many now */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
    @Transactional
    public int markNoShows(long sessionId) {
        var session = scope.session(sessionId);
        var now = clock.instant();
        if (!CheckInScope.isHeld(session)) {
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
            // One event for the session's batch, not one per person: no single Attendance announces it.
            events.publishEvent(new NoShowsRecorded(sessionId, List.copyOf(marked)));
        }
        log.info("{} no-shows recorded at session {} by account {}", marked.size(), sessionId, currentUser.require().id());
        return marked.size();
    }

    /** An organiser lets the trainers of this session see the names on its check-in page, or takes that back. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void allowTrainersNames(long sessionId, boolean allowed) {
        trainerNames.allow(scope.session(sessionId), allowed);
    }

    /** Whether the trainers of this session may see the names (for the organiser's switch in the session editor). */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public boolean trainersMaySeeNames(long sessionId) {
        return trainerNames.allowed(scope.session(sessionId).getId());
    }

    private Attendance newRecord(Attendee person, boolean walkIn, Instant now) {
        var record = new Attendance(person.registrationId(), person.sessionId(), walkIn, now);
        entityManager.persist(record);
        return record;
    }

    private Attendee lockRegistration(long registrationId) {
        return attendees.lock(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
    }
}
