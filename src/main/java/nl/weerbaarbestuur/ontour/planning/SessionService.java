package nl.weerbaarbestuur.ontour.planning;

import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers plan sessions: create, revise, publish, cancel, complete and copy. Every change is
 * written to the session's history; changes that participants must hear about the session registers
 * as events itself ({@link TrainingSession}), published when it is saved (listeners run after
 * commit, through the event publication registry).
 */
@Service
public class SessionService {

    private static final Logger log = LoggerFactory.getLogger(SessionService.class);

    private final TrainingSessionRepository sessions;
    private final TourRepository tours;
    private final VenueRepository venues;
    private final TrainerRepository trainers;
    private final SessionChangeRepository history;
    private final PlanningRules rules;
    private final VenueService venueOptions;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionService(TrainingSessionRepository sessions, TourRepository tours, VenueRepository venues,
                   TrainerRepository trainers, SessionChangeRepository history, PlanningRules rules,
                   VenueService venueOptions, CurrentUser currentUser, Clock clock) {
        this.venueOptions = venueOptions;
        this.sessions = sessions;
        this.tours = tours;
        this.venues = venues;
        this.trainers = trainers;
        this.history = history;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Warnings to show before saving; refuses (throws) when the plan cannot be saved at all. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<PlanningWarning> check(SessionPlan plan, @Nullable Long sessionId) {
        var existing = sessionId == null ? null : load(sessionId);
        rules.refuseInvalid(plan, existing);
        return rules.warnings(plan, sessionId);
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public TrainingSession create(SessionPlan plan) {
        rules.refuseInvalid(plan, null);
        var session = new TrainingSession(tours.getReferenceById(plan.tourId()), plan.provinceCode().toUpperCase(),
                plan.title().strip(), plan.startsAt(), plan.endsAt(), plan.format(), plan.capacity(), plan.audience());
        apply(session, plan);
        sessions.save(session);
        record(session, "created", plan.title().strip());
        log.info("Session {} created in {} by {}", session.getId(), session.getProvinceCode(), actor());
        return session;
    }

    /**
     * Saves a revision of the session as it was when the organiser opened it ({@code expectedVersion});
     * if someone else saved in between, refuses rather than overwrite their change.
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public TrainingSession update(long sessionId, long expectedVersion, SessionPlan plan) {
        var session = load(sessionId);
        if (session.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TrainingSession.class, sessionId);
        }
        session.requireEditable();
        rules.refuseInvalid(plan, session);

        var revision = apply(session, plan);
        sessions.saveAndFlush(session); // publishes what the published session registered (SessionRevision#events)

        var before = revision.before();
        var after = revision.after();
        if (revision.rescheduled()) {
            record(session, "rescheduled", DutchTime.period(before.startsAt(), before.endsAt(), DutchTime.DUTCH) + " → "
                    + DutchTime.period(after.startsAt(), after.endsAt(), DutchTime.DUTCH));
        }
        if (revision.moved()) {
            record(session, "moved", describeWhere(before.format(), before.venueId()) + " → "
                    + describeWhere(after.format(), after.venueId()) + (revision.linkChanged() ? " (link)" : ""));
        }
        if (revision.resized()) {
            record(session, "capacity", before.capacity() + " → " + after.capacity());
        }
        record(session, "updated", session.getTitle());
        return session;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public TrainingSession publish(long sessionId) {
        var session = load(sessionId);
        if (session.getStartsAt().isBefore(clock.instant())) {
            throw new BusinessRuleException("session.error.publish-past");
        }
        session.publish();
        record(session, "published", null);
        sessions.save(session); // publishes SessionPublished
        log.info("Session {} published by {}", sessionId, actor());
        return session;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public TrainingSession cancel(long sessionId, String reason) {
        var session = load(sessionId);
        if (reason != null && reason.strip().length() > 1000) {
            throw new BusinessRuleException("session.error.cancel-reason-too-long", 1000);
        }
        session.cancel(reason);
        record(session, "cancelled", session.getCancellationReason());
        sessions.save(session); // publishes SessionCancelled
        log.info("Session {} cancelled by {}", sessionId, actor());
        return session;
    }

    /**
     * An organiser closes a session that took place. Nothing else follows from it: what happens
     * after a session (follow-up, no-shows, figures, retention) goes by its end time, whether or not
     * anyone marks it completed, so no event announces it.
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public TrainingSession complete(long sessionId) {
        var session = load(sessionId);
        session.complete();
        record(session, "completed", null);
        return session;
    }

    /**
     * Copies a session to another province and/or date, as a new draft at the same local times;
     * the venue becomes the target province's when the province changes.
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public TrainingSession copy(long sessionId, String provinceCode, LocalDate date, Long venueId) {
        var source = load(sessionId);
        var start = DutchTime.inAmsterdam(source.getStartsAt());
        var end = DutchTime.inAmsterdam(source.getEndsAt());
        var newStart = date.atTime(start.toLocalTime()).atZone(DutchTime.ZONE).toInstant();
        var newEnd = date.plusDays(end.toLocalDate().toEpochDay() - start.toLocalDate().toEpochDay())
                .atTime(end.toLocalTime()).atZone(DutchTime.ZONE).toInstant();
        Long venue = venueId;
        if (venue == null && source.getFormat().hasVenue() && provinceCode != null) {
            venue = source.getProvinceCode().equalsIgnoreCase(provinceCode) && source.getVenue() != null
                    ? source.getVenue().getId()
                    : venueOptions.optionsFor(provinceCode).getFirst().getId();
        }
        var plan = planOf(source).at(provinceCode == null ? null : provinceCode.toUpperCase(), newStart, newEnd, venue);
        var copy = create(plan);
        record(copy, "copied", "#" + sessionId);
        return copy;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public TrainingSession get(long sessionId) {
        var session = load(sessionId);
        // Touch what views show, inside the transaction.
        session.getTrainers().size();
        if (session.getVenue() != null) {
            session.getVenue().getName();
        }
        session.getTour().getName();
        return session;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<SessionChange> history(long sessionId) {
        return history.findBySessionIdOrderByChangedAtDescIdDesc(sessionId);
    }

    /** The plan of an existing session, to fill the editor or to copy. */
    @PermitAll
    @Transactional(readOnly = true)
    public SessionPlan planOf(long sessionId) {
        return planOf(load(sessionId));
    }

    private SessionPlan planOf(TrainingSession s) {
        var trainerIds = new HashSet<Long>();
        s.getTrainers().forEach(t -> trainerIds.add(t.getId()));
        return new SessionPlan(s.getTour().getId(), s.getProvinceCode(), s.getTitle(), s.getTopic(), s.getDescription(),
                s.getStartsAt(), s.getEndsAt(), s.getVenue() == null ? null : s.getVenue().getId(), s.getFormat(),
                s.getMeetingUrl(), s.getCapacity(), s.getAudience(), trainerIds, s.getRegistrationOpensAt(),
                s.getRegistrationClosesAt(), s.isGriffieApprovalRequired());
    }

    private SessionRevision apply(TrainingSession session, SessionPlan plan) {
        var venue = plan.venueId() == null ? null : venues.findById(plan.venueId()).orElse(null);
        var chosen = new HashSet<Trainer>(trainers.findAllById(plan.trainerIds()));
        return session.revise(tours.getReferenceById(plan.tourId()), plan.provinceCode().toUpperCase(), plan.title().strip(),
                FieldChecks.blankToNull(plan.topic()), FieldChecks.blankToNull(plan.description()), plan.startsAt(),
                plan.endsAt(), plan.format(), venue,
                FieldChecks.blankToNull(plan.meetingUrl()), plan.capacity(), plan.audience(), chosen, plan.registrationOpensAt(),
                plan.registrationClosesAt(), plan.griffieApprovalRequired());
    }

    private String describeWhere(SessionFormat format, Long venueId) {
        var venue = venueId == null ? null : venues.findById(venueId).map(Venue::getName).orElse("#" + venueId);
        return format.name() + (venue == null ? "" : " @ " + venue);
    }

    private void record(TrainingSession session, String kind, String details) {
        history.save(new SessionChange(session.getId(), clock.instant(), actor(), kind, details));
    }

    private TrainingSession load(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    private String actor() {
        return currentUser.get().map(u -> u.email()).orElse("system");
    }

}
