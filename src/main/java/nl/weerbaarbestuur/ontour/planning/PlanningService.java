package nl.weerbaarbestuur.ontour.planning;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries over the planned sessions, scoped to who is asking. */
@Service
public class PlanningService {

    private final TrainingSessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final PlanningRules rules;
    private final List<Integer> defaultReminderDays;

    PlanningService(TrainingSessionRepository sessions, PlanningRules rules, CurrentUser currentUser, Clock clock,
                    @Value("${ontour.reminders.days:7,1}") String defaultReminderDays) {
        this.sessions = sessions;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultReminderDays = TourService.parseReminderDays(defaultReminderDays);
    }

    /**
     * What confirmed participants are told about a session (with its online link). For the mails
     * and invites the application sends itself; never shown on a public page.
     */
    @Transactional(readOnly = true)
    public Optional<SessionBriefing> briefing(long id) {
        return sessions.findById(id).filter(s -> s.getStatus() != SessionStatus.DRAFT).map(this::toBriefing);
    }

    /** Published sessions starting in [from, to), in time order, as briefings: for reminders. */
    @Transactional(readOnly = true)
    public List<SessionBriefing> publishedStartingBetween(Instant from, Instant to) {
        return sessions.findBetween(from, to).stream()
                .filter(s -> s.getStatus() == SessionStatus.PUBLISHED && !s.getStartsAt().isBefore(from))
                .map(this::toBriefing).toList();
    }

    /** Sessions that took place (published or completed, not cancelled) and ended in [from, to): for follow-ups. */
    @Transactional(readOnly = true)
    public List<SessionBriefing> heldEndingBetween(Instant from, Instant to) {
        return sessions.findBetween(from.minus(java.time.Duration.ofDays(2)), to).stream()
                .filter(s -> s.getStatus() == SessionStatus.PUBLISHED || s.getStatus() == SessionStatus.COMPLETED)
                .filter(s -> !s.getEndsAt().isBefore(from) && s.getEndsAt().isBefore(to))
                .map(this::toBriefing).toList();
    }

    /** The ids of the (non-draft) sessions held in these provinces, for messages to their griffies. */
    @Transactional(readOnly = true)
    public List<Long> sessionIdsInProvinces(java.util.Collection<String> provinceCodes) {
        return provinceCodes.isEmpty() ? List.of() : sessions.findIdsInProvinces(provinceCodes);
    }

    private SessionBriefing toBriefing(TrainingSession s) {
        var days = s.getTour().getReminderDays();
        return SessionBriefing.of(s, days.isEmpty() ? defaultReminderDays : days);
    }

    /**
     * Upcoming sessions this user works with: all for an organiser, those in its own provinces for
     * a griffie, its own for a trainer.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingForCurrentUser() {
        var user = currentUser.require();
        var now = clock.instant();
        var found = switch (user.role()) {
            case ORGANISER -> sessions.findUpcoming(now, EnumSet.allOf(SessionStatus.class));
            case GRIFFIE -> sessions.findUpcomingInProvinces(now, user.provinceCodes());
            case TRAINER -> sessions.findUpcomingForTrainer(now, user.email());
        };
        return summaries(found);
    }

    /** The session list and calendar for organisers: filtered, in time order. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<SessionSummary> search(SessionFilter filter) {
        var from = filter.from() == null ? Instant.EPOCH : filter.from();
        var to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : filter.to();
        return summaries(sessions.findBetween(from, to).stream().filter(filter::matches).toList());
    }

    /** Published, upcoming sessions for the public catalogue and API, optionally by province and tour. */
    @Transactional(readOnly = true)
    public List<PublicSession> publicSessions(String provinceCode, Long tourId) {
        var listed = sessions.findUpcoming(clock.instant(), EnumSet.of(SessionStatus.PUBLISHED)).stream()
                .filter(s -> !s.isClosed())
                .filter(s -> provinceCode == null || provinceCode.equalsIgnoreCase(s.getProvinceCode()))
                .filter(s -> tourId == null || tourId.equals(s.getTour().getId()))
                .toList();
        return toPublic(listed);
    }

    /**
     * Several sessions as the public sees them (see {@link #publicSession}), by id, with their seat
     * counts read in one go: for pages that show many sessions. Unknown ids and drafts are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, PublicSession> publicSessions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = sessions.findWithVenueAndTour(ids).stream().filter(s -> s.getStatus() != SessionStatus.DRAFT).toList();
        var result = new HashMap<Long, PublicSession>();
        toPublic(found).forEach(s -> result.put(s.id(), s));
        return result;
    }

    /** The public view of many sessions: their counts in a fixed number of queries, not per session. */
    private List<PublicSession> toPublic(List<TrainingSession> list) {
        var counts = rules.counts(list.stream().map(TrainingSession::getId).toList());
        return list.stream().map(s -> {
            var c = counts.getOrDefault(s.getId(), RegistrationCounts.Counts.NONE);
            return toPublic(s, c, Math.max(0, s.getCapacity() - c.confirmed()));
        }).toList();
    }

    /**
     * One session as the public sees it; only published, completed or cancelled ones (never drafts).
     * A closed session is returned too (flagged {@code closed}, its venue reduced to the town): public
     * pages and the API must refuse it unless the visitor came through its invitation link.
     */
    @Transactional(readOnly = true)
    public Optional<PublicSession> publicSession(long id) {
        return sessions.findWithVenue(id).filter(s -> s.getStatus() != SessionStatus.DRAFT).map(this::toPublic);
    }

    /**
     * The session's terms for a registration decision (status, window, capacity, approval) without
     * the seat counts, which cost a count over its registrations: seatsLeft and waitlistLength
     * are not filled in (0). For the hot path of confirming: one statement (the session with its venue).
     */
    @Transactional(readOnly = true)
    public Optional<PublicSession> registrationTerms(long id) {
        return sessions.findWithVenue(id).filter(s -> s.getStatus() != SessionStatus.DRAFT)
                .map(s -> toPublic(s, RegistrationCounts.Counts.NONE, 0));
    }

    private PublicSession toPublic(TrainingSession s) {
        var counts = rules.counts(s.getId());
        return toPublic(s, counts, Math.max(0, s.getCapacity() - counts.confirmed()));
    }

    private PublicSession toPublic(TrainingSession s, RegistrationCounts.Counts counts, int seatsLeft) {
        var venue = s.getVenue();
        // A closed session's address is for confirmed participants only: the public learns the town.
        var shown = s.isClosed() ? null : venue;
        return new PublicSession(s.getId(), s.getTour().getId(), s.getTitle(), s.getTopic(), s.getDescription(),
                s.getProvinceCode(), s.getStartsAt(), s.getEndsAt(), shown == null ? null : shown.getName(),
                shown == null ? null : shown.address(), shown == null ? null : shown.getRoom(),
                shown == null ? null : shown.getAccessibilityNotes(), s.getFormat(), s.getAudience(), s.getCapacity(),
                seatsLeft, counts.waitlisted(), s.getStatus(),
                s.getRegistrationOpensAt(), s.getRegistrationClosesAt(), s.isGriffieApprovalRequired(),
                venue == null ? null : venue.getCity(), s.isClosed());
    }

    /** Provinces (codes) without a session in the tour: a planning warning on the tour. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<String> uncoveredProvinces(long tourId) {
        return rules.uncoveredProvinces(tourId);
    }

    /** Published sessions still to come, for the public pages. */
    @Transactional(readOnly = true)
    public List<SessionSummary> publishedUpcoming() {
        return summaries(sessions.findUpcoming(clock.instant(), EnumSet.of(SessionStatus.PUBLISHED)).stream()
                .filter(s -> !s.isClosed()).toList());
    }

    /** Summaries name the trainers: their collections are loaded for all sessions in one query, not one per session. */
    private List<SessionSummary> summaries(List<TrainingSession> found) {
        if (!found.isEmpty()) {
            sessions.fetchTrainers(found.stream().map(TrainingSession::getId).toList());
        }
        return found.stream().map(SessionSummary::of).toList();
    }
}
