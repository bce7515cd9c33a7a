package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A stand-in for the Timefold solver, for the browserless tests of the planner's view and the tests
 * of its API only (registered by {@link FakeTourPlannerConfiguration} in those tests), where a run
 * must stay {@code SOLVING} until the test ends it and the plan must be known to the letter. The
 * browser journey and the solver's own tests use the real planner. It answers every proposal with the same
 * small, deterministic plan, and records what was accepted:
 * <ul>
 *   <li>Utrecht on a Tuesday evening and Fryslân on a Thursday afternoon, both new; on the first read
 *       Fryslân is not placed yet, from the second read on it is, so a view shows a plan that improves;</li>
 *   <li>the tour's published sessions pinned where they are, its drafts moved a week later;</li>
 *   <li>Zeeland never placed, with its reason.</li>
 * </ul>
 * A run stays {@code SOLVING} (progress +25 per read, at most 95) until {@link #stop} or {@link #finish}.
 * The reasons use translation keys the product already has, so that the texts are real sentences;
 * the solver brings its own ({@code tourplan.why.*}). Like the real planner it lets organisers only.
 */
public class FakeTourPlanner implements TourPlanner {

    /** One call of {@link #accept}: the keys asked for and the session ids it answered. */
    public record Accepted(UUID runId, Set<String> keys, List<Long> sessionIds) {
    }

    private final TourService tours;
    private final PlanningService planning;
    private final SessionService sessions;
    private final VenueService venues;
    private final ProvinceService provinces;
    private volatile @Nullable Long trainerId;
    private volatile @Nullable String trainerName;
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
    private final List<Accepted> accepts = new CopyOnWriteArrayList<>();
    private volatile @Nullable UUID lastRun;

    public FakeTourPlanner(TourService tours, PlanningService planning, SessionService sessions, VenueService venues,
                           ProvinceService provinces) {
        this.tours = tours;
        this.planning = planning;
        this.sessions = sessions;
        this.venues = venues;
        this.provinces = provinces;
    }

    /** The trainer the Utrecht proposal gets from now on (none by default). */
    public void useTrainer(long id, String name) {
        this.trainerId = id;
        this.trainerName = name;
    }

    private static final class Run {
        final UUID id = UUID.randomUUID();
        final long tourId;
        final LocalDate firstWeek;
        final Instant startedAt = Instant.now();
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        volatile PlanRun.State state = PlanRun.State.SOLVING;
        volatile int reads;

        Run(long tourId, LocalDate firstWeek) {
            this.tourId = tourId;
            this.firstWeek = firstWeek;
        }
    }

    @Override
    public UUID propose(long tourId) {
        requireOrganiser();
        var tour = tours.get(tourId);
        var solving = runs.values().stream().filter(r -> r.tourId == tourId && r.state == PlanRun.State.SOLVING).findFirst();
        if (solving.isPresent()) {
            return solving.get().id;
        }
        var today = LocalDate.now(DutchTime.ZONE);
        var run = new Run(tourId, (tour.getStartsOn().isAfter(today) ? tour.getStartsOn() : today).plusWeeks(2));
        runs.put(run.id, run);
        lastRun = run.id;
        return run.id;
    }

    @Override
    public Optional<PlanRun> run(UUID runId) {
        requireOrganiser();
        var run = runs.get(runId);
        if (run == null) {
            return Optional.empty();
        }
        run.reads++;
        return Optional.of(snapshot(run));
    }

    @Override
    public void stop(UUID runId) {
        requireOrganiser();
        var run = runs.get(runId);
        if (run != null && run.state == PlanRun.State.SOLVING) {
            run.state = PlanRun.State.STOPPED;
        }
    }

    /** Ends a run as if the time budget had run out. */
    public void finish(UUID runId) {
        var run = runs.get(runId);
        if (run != null && run.state == PlanRun.State.SOLVING) {
            run.state = PlanRun.State.DONE;
        }
    }

    /** Ends every run still solving (for a test that only has the tour). */
    public void finishAll() {
        runs.keySet().forEach(this::finish);
    }

    /** The run the last proposal started. */
    public @Nullable UUID lastRun() {
        return lastRun;
    }

    public List<Accepted> accepts() {
        return List.copyOf(accepts);
    }

    @Override
    public List<Long> accept(UUID runId, Set<String> proposalKeys) {
        requireOrganiser();
        var run = runs.get(runId);
        if (run == null) {
            throw new nl.weerbaarbestuur.ontour.shared.NotFoundException("plan run", runId);
        }
        if (run.state == PlanRun.State.SOLVING) {
            throw new BusinessRuleException("api.error.conflict.title");
        }
        var ids = new ArrayList<Long>();
        for (var proposal : snapshot(run).sessions()) {
            if (!proposalKeys.contains(proposal.key()) || proposal.pinned() || !proposal.placed()
                    || !run.accepted.add(proposal.key())) {
                continue;
            }
            var starts = proposal.date().atTime(proposal.start()).atZone(DutchTime.ZONE).toInstant();
            // like the real acceptor: a session that runs past midnight ends the next day
            var ends = (proposal.end().isAfter(proposal.start()) ? proposal.date() : proposal.date().plusDays(1))
                    .atTime(proposal.end()).atZone(DutchTime.ZONE).toInstant();
            if (proposal.existingSessionId() != null) {
                long id = proposal.existingSessionId();
                var current = sessions.planOf(id);
                sessions.update(id, sessions.get(id).getVersion(), new SessionPlan(current.tourId(), current.provinceCode(),
                        current.title(), current.topic(), current.description(), starts, ends, current.venueId(),
                        current.format(), current.meetingUrl(), current.capacity(), current.audience(), current.trainerIds(),
                        current.registrationOpensAt(), current.registrationClosesAt(), current.griffieApprovalRequired()));
                ids.add(id);
            } else {
                var venue = venues.optionsFor(proposal.provinceCode()).getFirst().getId();
                ids.add(sessions.create(new SessionPlan(run.tourId, proposal.provinceCode(),
                        "Weerbaar in de Staten: " + proposal.provinceName(), null, null, starts, ends, venue,
                        SessionFormat.IN_PERSON, null, 30, Audience.BOTH,
                        proposal.trainerId() == null ? Set.of() : Set.of(proposal.trainerId()), null, null, false)).getId());
            }
        }
        accepts.add(new Accepted(runId, Set.copyOf(proposalKeys), List.copyOf(ids)));
        return ids;
    }

    private PlanRun snapshot(Run run) {
        var plan = new ArrayList<ProposedSession>();
        var tuesday = run.firstWeek.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        plan.add(new ProposedSession("new-UT", "UT", "Utrecht", tuesday, LocalTime.of(19, 30), LocalTime.of(22, 0),
                trainerId, trainerName, null, false, false, List.of(Reason.of("editor.no-warnings")), List.of()));
        if (run.reads > 1 || run.state != PlanRun.State.SOLVING) {
            plan.add(proposal("new-FR", "FR", "Fryslân", tuesday.plusDays(9), LocalTime.of(13, 30), LocalTime.of(16, 30),
                    null, List.of(Reason.of("editor.no-warnings")),
                    List.of(Reason.of("planning.warning.public-holiday", new MessageKey("holiday.remembrance-evening")))));
        } else {
            plan.add(unplaced("new-FR", "FR", "Fryslân"));
        }
        for (var existing : planning.search(new SessionFilter(run.tourId, null, null, null, null, null))) {
            if (existing.status() != SessionStatus.PUBLISHED && existing.status() != SessionStatus.DRAFT) {
                continue;
            }
            var published = existing.status() == SessionStatus.PUBLISHED;
            var start = DutchTime.inAmsterdam(existing.startsAt());
            var date = start.toLocalDate().plusWeeks(published ? 0 : 1);
            var name = provinces.find(existing.provinceCode()).map(Province::getName).orElse(existing.provinceCode());
            plan.add(new ProposedSession("existing-" + existing.id(), existing.provinceCode(), name, date,
                    start.toLocalTime(), DutchTime.inAmsterdam(existing.endsAt()).toLocalTime(), null, null, existing.id(),
                    published, !published, List.of(Reason.of("editor.no-warnings")), List.of()));
        }
        plan.add(unplaced("new-ZE", "ZE", "Zeeland"));
        plan.sort(Comparator.comparing((ProposedSession p) -> !p.placed())
                .thenComparing(p -> p.date() == null ? LocalDate.MAX : p.date()));
        int unplaced = (int) plan.stream().filter(p -> !p.placed()).count();
        var summary = new ArrayList<Reason>();
        summary.add(Reason.of("editor.no-warnings"));
        var names = plan.stream().filter(p -> !p.placed()).map(ProposedSession::provinceName).toList();
        summary.add(Reason.of("overview.uncovered", unplaced, String.join(", ", names)));
        var ended = run.state != PlanRun.State.SOLVING;
        return new PlanRun(run.id, run.tourId, run.state, run.startedAt, Duration.ofSeconds(run.reads),
                ended ? 100 : Math.min(95, 25 * run.reads), new PlanScore(0, unplaced, 3L * (plan.size() - unplaced), summary),
                plan);
    }

    private static ProposedSession proposal(String key, String code, String name, LocalDate date, LocalTime start,
                                            LocalTime end, @Nullable Long existing, List<Reason> why, List<Reason> givesUp) {
        return new ProposedSession(key, code, name, date, start, end, null, null, existing, false, false, why, givesUp);
    }

    private static ProposedSession unplaced(String key, String code, String name) {
        return new ProposedSession(key, code, name, null, null, null, null, null, null, false, false, List.of(),
                List.of(Reason.of("planning.warning.province-not-covered", name)));
    }

    private static void requireOrganiser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var organiser = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ORGANISER.authority().equals(a.getAuthority()));
        if (!organiser) {
            throw new AccessDeniedException("organisers only");
        }
    }

    /** For tests that check the set of keys a plan offers. */
    public Set<String> keysOf(UUID runId) {
        var run = runs.get(runId);
        var keys = new HashSet<String>();
        if (run != null) {
            snapshot(run).sessions().forEach(p -> keys.add(p.key()));
        }
        return keys;
    }
}
