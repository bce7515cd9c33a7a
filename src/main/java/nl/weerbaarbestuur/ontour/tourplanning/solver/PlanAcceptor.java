package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.planning.Venue;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;

/**
 * Turns accepted proposals into draft sessions through the session service, so its rules, history
 * and events apply as to any session an organiser makes: a new session in the provinciehuis, on
 * location, for Statenleden and griffie staff, with the editor's default capacity; an existing draft
 * is moved (and gets its trainer) unless someone changed or published it since the run started.
 * Each key has an effect once. A proposal that can no longer be saved (a date now in the past, a
 * session since deleted) is skipped and may be tried again; a trainer deleted since the run is left out.
 */
@Component
class PlanAcceptor {

    /** The session editor's defaults for a new session. */
    static final int DEFAULT_CAPACITY = 30;
    static final Audience DEFAULT_AUDIENCE = Audience.BOTH;

    private static final Logger log = LoggerFactory.getLogger(PlanAcceptor.class);

    private final SessionService sessions;
    private final TrainerService trainers;
    private final VenueService venues;

    PlanAcceptor(SessionService sessions, TrainerService trainers, VenueService venues) {
        this.sessions = sessions;
        this.trainers = trainers;
        this.venues = venues;
    }

    List<Long> accept(PlannerRun run, Set<String> keys, long nowNanos) {
        synchronized (run) {
            var proposals = run.proposals(nowNanos);
            var existingTrainers = trainers.all().stream().map(Trainer::getId).collect(Collectors.toSet());
            var result = new ArrayList<Long>();
            for (var key : new TreeSet<>(keys)) {
                var proposal = proposals.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
                if (proposal == null || proposal.pinned() || !proposal.placed() || run.acceptedAs(key) != null) {
                    continue;
                }
                try {
                    Long id = proposal.existingSessionId() == null
                            ? create(run.tourId(), proposal, existingTrainers)
                            : move(run.input(), proposal, existingTrainers);
                    if (id != null) {
                        run.markAccepted(key, id);
                        result.add(id);
                    }
                } catch (RuntimeException e) {
                    log.warn("Tour plan {}: proposal {} not accepted: {}", run.id(), key, e.getClass().getSimpleName());
                }
            }
            return result;
        }
    }

    private long create(long tourId, ProposedSession proposal, Set<Long> existingTrainers) {
        var plan = new SessionPlan(tourId, proposal.provinceCode(), "On Tour " + proposal.provinceName(), null, null,
                startOf(proposal), endOf(proposal), provinciehuis(proposal.provinceCode()), SessionFormat.IN_PERSON, null,
                DEFAULT_CAPACITY, DEFAULT_AUDIENCE, trainerOf(proposal, existingTrainers), null, null, false);
        return sessions.create(plan).getId();
    }

    /**
     * Moves the draft to the proposed time and gives it the proposed trainer (keeping its others when
     * that trainer was already one of them); null when there is nothing to do or the draft changed.
     */
    private @Nullable Long move(PlanningInput input, ProposedSession proposal, Set<Long> existingTrainers) {
        long id = proposal.existingSessionId();
        var original = input.plannedSessions().stream().filter(s -> s.sessionId() == id).findFirst().orElse(null);
        var session = sessions.get(id);
        if (original == null || session.getStatus() != SessionStatus.DRAFT
                || !session.getStartsAt().equals(at(original.date(), original.start()))) {
            log.info("Tour plan: draft {} changed since the run started; left as it is", id);
            return null;
        }
        var plan = sessions.planOf(id);
        var current = new HashSet<>(plan.trainerIds());
        var trainerIds = proposal.trainerId() == null || current.contains(proposal.trainerId())
                ? current : new HashSet<>(trainerOf(proposal, existingTrainers));
        trainerIds.retainAll(existingTrainers);
        var start = startOf(proposal);
        var end = endOf(proposal);
        if (start.equals(plan.startsAt()) && end.equals(plan.endsAt()) && trainerIds.equals(plan.trainerIds())) {
            return null;
        }
        var venue = plan.venueId();
        if (venue == null && plan.format().hasVenue()) {
            venue = provinciehuis(plan.provinceCode());
        }
        var moved = new SessionPlan(plan.tourId(), plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                start, end, venue, plan.format(), plan.meetingUrl(), plan.capacity(), plan.audience(), trainerIds,
                plan.registrationOpensAt(), plan.registrationClosesAt(), plan.griffieApprovalRequired());
        return sessions.update(id, session.getVersion(), moved).getId();
    }

    private Long provinciehuis(String provinceCode) {
        return venues.optionsFor(provinceCode).stream().findFirst().map(Venue::getId)
                .orElseThrow(() -> new IllegalStateException("no venue for " + provinceCode));
    }

    private static Set<Long> trainerOf(ProposedSession proposal, Set<Long> existingTrainers) {
        var trainer = proposal.trainerId();
        return trainer != null && existingTrainers.contains(trainer) ? Set.of(trainer) : Set.of();
    }

    private static Instant startOf(ProposedSession proposal) {
        return at(require(proposal.date()), require(proposal.start()));
    }

    /** A session whose end is not after its start (an evening that runs past midnight) ends the next day. */
    static Instant endOf(ProposedSession proposal) {
        var date = require(proposal.date());
        var end = require(proposal.end());
        return at(end.isAfter(require(proposal.start())) ? date : date.plusDays(1), end);
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(DutchTime.ZONE).toInstant();
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("proposal is not placed");
        }
        return value;
    }
}
