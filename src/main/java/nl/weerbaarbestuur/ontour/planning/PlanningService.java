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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the planned sessions, scoped to who is asking: what a participant, a staff list,
 * a calendar or a reminder is told about a session ({@link SessionFacts}), and what the public sees.
 * Changes go through {@link SessionService}.
 */
@Service
public class PlanningService {

    private final TrainingSessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final PlanningRules rules;
    private final List<Integer> defaultReminderDays;

    PlanningService(TrainingSessionRepository sessions, PlanningRules rules, CurrentUser currentUser, Clock clock,
                    PlanningSettings settings) {
        this.sessions = sessions;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultReminderDays = TourService.parseReminderDays(settings.days());
    }

    /**
     * A session that is not a draft, with its online link: for the mails and invites the application
     * sends itself and for what staff look up by id; never shown as such on a public page.
     */
    @Transactional(readOnly = true)
    public Optional<SessionFacts> find(long id) {
        return sessions.findWithFacts(id).filter(s -> s.getStatus() != SessionStatus.DRAFT).map(this::facts);
    }

    /** Published sessions starting in [from, to), in time order: for reminders. */
    @Transactional(readOnly = true)
    public List<SessionFacts> publishedStartingBetween(Instant from, Instant to) {
        return facts(sessions.findBetween(from, to).stream()
                .filter(s -> s.getStatus() == SessionStatus.PUBLISHED && !s.getStartsAt().isBefore(from)).toList());
    }

    /** Sessions that took place (published or completed, not cancelled) and ended in [from, to): for follow-ups. */
    @Transactional(readOnly = true)
    public List<SessionFacts> heldEndingBetween(Instant from, Instant to) {
        return facts(sessions.findBetween(from.minus(java.time.Duration.ofDays(2)), to).stream()
                .filter(s -> s.getStatus() == SessionStatus.PUBLISHED || s.getStatus() == SessionStatus.COMPLETED)
                .filter(s -> !s.getEndsAt().isBefore(from) && s.getEndsAt().isBefore(to)).toList());
    }

    /** The ids of the (non-draft) sessions held in these provinces, for messages to their griffies. */
    @Transactional(readOnly = true)
    public List<Long> sessionIdsInProvinces(java.util.Collection<String> provinceCodes) {
        return provinceCodes.isEmpty() ? List.of() : sessions.findIdsInProvinces(provinceCodes);
    }

    private SessionFacts facts(TrainingSession s) {
        var days = s.getTour().getReminderDays();
        return SessionFacts.of(s, days.isEmpty() ? defaultReminderDays : days);
    }

    /** The facts name the trainers: their collections are loaded for all sessions in one query, not one per session. */
    private List<SessionFacts> facts(List<TrainingSession> found) {
        if (!found.isEmpty()) {
            sessions.fetchTrainers(found.stream().map(TrainingSession::getId).toList());
        }
        return found.stream().map(this::facts).toList();
    }

    /**
     * Upcoming sessions this user works with: all for an organiser, those in its own provinces for
     * a griffie, its own for a trainer.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SessionFacts> upcomingForCurrentUser() {
        var user = currentUser.require();
        var now = clock.instant();
        var found = switch (user.role()) {
            case ORGANISER -> sessions.findUpcoming(now, EnumSet.allOf(SessionStatus.class));
            case GRIFFIE -> sessions.findUpcomingInProvinces(now, user.provinceCodes());
            case TRAINER -> sessions.findUpcomingForTrainer(now, user.email());
        };
        return facts(found);
    }

    /** The session list and calendar for organisers: filtered, in time order. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<SessionFacts> search(SessionFilter filter) {
        var from = filter.from() == null ? Instant.EPOCH : filter.from();
        var to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : filter.to();
        return facts(sessions.findBetween(from, to).stream().filter(filter::matches).toList());
    }

    /**
     * Published sessions still to come, in time order, as the public sees them ({@link SessionFacts#publicView()}),
     * closed ones left out: for the public pages and the API, optionally by province and tour. One statement, the
     * trainers included.
     */
    @Transactional(readOnly = true)
    public List<SessionFacts> publicSessions(@Nullable String provinceCode, @Nullable Long tourId) {
        return sessions.findPublishedUpcomingWithFacts(clock.instant()).stream()
                .filter(s -> provinceCode == null || provinceCode.equalsIgnoreCase(s.getProvinceCode()))
                .filter(s -> tourId == null || tourId.equals(s.getTour().getId()))
                .map(this::publicFacts)
                .toList();
    }

    /**
     * Several sessions as the public sees them (see {@link #publicSession}), by id, in one query: for
     * pages that show many sessions. Unknown ids and drafts are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, SessionFacts> publicSessions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, SessionFacts>();
        sessions.findWithFacts(ids).stream().filter(s -> s.getStatus() != SessionStatus.DRAFT)
                .map(this::publicFacts).forEach(s -> result.put(s.id(), s));
        return result;
    }

    /**
     * One session as the public sees it ({@link SessionFacts#publicView()}: no meeting link); only published,
     * completed or cancelled ones (never drafts). A closed session is returned too (flagged {@code closed}, its
     * place reduced to the town): public pages and the API must refuse it unless the visitor came through its
     * invitation link.
     */
    @Transactional(readOnly = true)
    public Optional<SessionFacts> publicSession(long id) {
        return sessions.findWithFacts(id).filter(s -> s.getStatus() != SessionStatus.DRAFT).map(this::publicFacts);
    }

    /**
     * Whether confirmations for the session wait for the griffie's approval; empty for an unknown
     * session or a draft (as {@link #publicSession} would be). One column in one statement: every
     * confirmation asks it, and a burst of them should not load the session with its facts each time.
     */
    @Transactional(readOnly = true)
    public Optional<Boolean> approvalRequired(long id) {
        return sessions.findApprovalRequired(id);
    }

    /** Needs the session loaded with its tour, venue and trainers: then it costs no statement. */
    private SessionFacts publicFacts(TrainingSession s) {
        return facts(s).publicView();
    }

    /** Provinces (codes) without a session in the tour: a planning warning on the tour. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<String> uncoveredProvinces(long tourId) {
        return rules.uncoveredProvinces(tourId);
    }

    /**
     * A session the public has seen (see {@link #seenOfTour}), with its meeting link: for calendar files,
     * feeds and invites, which take the link only into confirmed participants' and trainers' own entries.
     */
    @Transactional(readOnly = true)
    public Optional<SessionFacts> findSeen(long id) {
        return sessions.findSeen(id).map(this::facts);
    }

    /**
     * Sessions of a tour that ended after {@code since}, in time order, that the public has seen: drafts
     * never, cancelled ones only when they had been published. For calendar feeds.
     */
    @Transactional(readOnly = true)
    public List<SessionFacts> seenOfTour(long tourId, Instant since) {
        return facts(sessions.findSeenOfTour(tourId, since));
    }

    /** As {@link #seenOfTour}, for the sessions in a province (by code). */
    @Transactional(readOnly = true)
    public List<SessionFacts> seenInProvince(String provinceCode, Instant since) {
        return facts(sessions.findSeenInProvince(provinceCode, since));
    }

    /** The first published session of the same tour starting after {@code after}, other than this one. */
    @Transactional(readOnly = true)
    public Optional<SessionFacts> nextPublishedOfTour(long tourId, long excludeSessionId, Instant after) {
        return sessions.findNextPublishedOfTour(tourId, excludeSessionId, after).map(this::facts);
    }

    /** The trainers of a session, for their own invites. */
    @Transactional(readOnly = true)
    public List<SessionTrainer> trainers(long sessionId) {
        return sessions.findTrainersOf(sessionId).stream().map(SessionTrainer::of).toList();
    }

    /** These trainers (for instance those just taken off a session). */
    @Transactional(readOnly = true)
    public List<SessionTrainer> trainers(Collection<Long> trainerIds) {
        return trainerIds.isEmpty() ? List.of() : sessions.findTrainers(trainerIds).stream().map(SessionTrainer::of).toList();
    }

    /** The tour's name, if the tour exists. */
    @Transactional(readOnly = true)
    public Optional<String> tourName(long tourId) {
        return sessions.findTourName(tourId);
    }

    /** When each of these sessions last changed (from its history). */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastChanges(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Instant>();
        sessions.findLastChanges(sessionIds).forEach(row -> result.put((Long) row[0], (Instant) row[1]));
        return result;
    }
}
