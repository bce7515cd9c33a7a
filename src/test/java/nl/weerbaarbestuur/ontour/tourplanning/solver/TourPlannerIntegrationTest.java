package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TourSessionSlot;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInputs;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.TourPlanner;

/**
 * The tour planner against the real database: a six-week tour is planned, accepted as drafts, and
 * every hard rule is checked on the drafts as stored. The run stops after a fixed number of moves
 * with a fixed seed, and sees only this test's own trainers (the shared test database holds those of
 * every other test too), so it plans the same on every run of the suite.
 */
@SpringBootTest(properties = {
        "ontour.tourplanner.move-limit=20000", "ontour.tourplanner.random-seed=7",
        "ontour.tourplanner.time-limit=PT4M", "ontour.tourplanner.unimproved-time-limit=PT4M",
        "ontour.tourplanner.environment-mode=PHASE_ASSERT"})
@Import({FixedClockConfiguration.class, TourPlannerIntegrationTest.OwnTrainersOnly.class})
class TourPlannerIntegrationTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 4, 9);
    private static volatile String trainerPrefix = "-";

    /** The real input, with only the trainers whose name starts with this test's prefix. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnTrainersOnly {
        @Bean
        @Primary
        PlanningInputs ownTrainersOnly(@Qualifier("planningInputReader") PlanningInputs reader) {
            return tourId -> {
                var input = reader.forTour(tourId);
                return new PlanningInput(input.tourId(), input.tourName(), input.firstDay(), input.lastDay(), input.slotShapes(),
                        input.provinces(), input.trainers().stream().filter(t -> t.name().startsWith(trainerPrefix)).toList(),
                        input.schoolHolidays(), input.holidays(), input.plannedSessions());
            };
        }
    }

    @Autowired TourPlanner planner;
    @Autowired PlanningInputs inputs;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired TrainerService trainers;
    @Autowired VenueService venues;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private long tourId;
    private long anna;
    private long bram;
    private long carla;

    @BeforeEach
    void aTourWithThreeTrainers() {
        clock.set(FixedClockConfiguration.NOW);
        SignInAs.role(Role.ORGANISER);
        trainerPrefix = "Planner " + UUID.randomUUID().toString().substring(0, 8);
        tourId = tours.create(trainerPrefix + " tour", null, FIRST, LAST, "ontour@test.ontour.nl").getId();
        anna = trainers.create(trainerPrefix + " Anna", trainerPrefix.replace(' ', '.') + ".anna@test.ontour.nl", null).getId();
        bram = trainers.create(trainerPrefix + " Bram", trainerPrefix.replace(' ', '.') + ".bram@test.ontour.nl", null).getId();
        carla = trainers.create(trainerPrefix + " Carla", trainerPrefix.replace(' ', '.') + ".carla@test.ontour.nl", null).getId();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    @Test
    void a_tour_is_planned_and_accepted_as_drafts_that_meet_every_hard_rule_around_a_published_session() {
        long published = session("UT", LocalDate.of(2027, 3, 9), LocalTime.of(19, 0), LocalTime.of(21, 30), Set.of(anna));
        sessions.publish(published);
        var publishedStart = sessions.get(published).getStartsAt();
        long draft = session("GR", LocalDate.of(2027, 3, 16), LocalTime.of(19, 30), LocalTime.of(22, 0), Set.of());

        var run = finished(planner.propose(tourId));

        assertThat(run.state()).isEqualTo(PlanRun.State.DONE);
        assertThat(run.score().feasible()).isTrue();
        assertThat(run.score().unplaced()).isZero();
        assertThat(run.sessions()).hasSize(12);
        assertThat(run.sessions()).filteredOn(s -> Long.valueOf(published).equals(s.existingSessionId())).singleElement()
                .satisfies(s -> assertThat(s.pinned()).isTrue());
        assertThat(run.sessions()).filteredOn(s -> Long.valueOf(draft).equals(s.existingSessionId())).singleElement()
                .satisfies(s -> assertThat(s.pinned()).isFalse());

        var keys = run.sessions().stream().map(ProposedSession::key).collect(Collectors.toSet());
        var accepted = planner.accept(run.id(), keys);

        var stored = tours.sessionSlots(tourId);
        assertThat(stored).hasSize(12);
        assertThat(stored).extracting(TourSessionSlot::provinceCode).doesNotHaveDuplicates();
        assertThat(accepted).hasSizeBetween(10, 11).doesNotContain(published);
        assertThat(sessions.get(published).getStartsAt()).isEqualTo(publishedStart);
        assertThat(stored).filteredOn(s -> s.sessionId() != published)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.DRAFT));
        var input = inputs.forTour(tourId);
        var placements = stored.stream().map(s -> new HardRuleCheck.Placement(s.provinceCode(),
                DutchTime.inAmsterdam(s.startsAt()).toLocalDate(), DutchTime.inAmsterdam(s.startsAt()).toLocalTime(),
                s.trainerIds(), s.status() != SessionStatus.DRAFT)).toList();
        assertThat(HardRuleCheck.violations(input, placements)).isEmpty();
        var created = sessions.get(accepted.stream().filter(id -> id != draft).findFirst().orElseThrow());
        assertThat(created.getTitle()).startsWith("On Tour ");
        assertThat(created.getFormat()).isEqualTo(SessionFormat.IN_PERSON);
        assertThat(created.getVenue()).isNotNull();
        assertThat(created.getVenue().getId()).isEqualTo(venues.optionsFor(created.getProvinceCode()).getFirst().getId());

        assertThat(planner.accept(run.id(), keys)).as("accepting again has no second effect").isEmpty();
        assertThat(tours.sessionSlots(tourId)).hasSize(12);
    }

    @Test
    void a_trainer_deleted_while_the_run_goes_ends_it_cleanly_and_the_accepted_drafts_leave_them_out() {
        var id = planner.propose(tourId);
        assertThat(planner.propose(tourId)).as("a second start returns the running one").isEqualTo(id);
        jdbc.update("DELETE FROM trainer WHERE id = ?", bram);

        var run = finished(id);

        assertThat(run.state()).isEqualTo(PlanRun.State.DONE);
        var accepted = planner.accept(id, run.sessions().stream().map(ProposedSession::key).collect(Collectors.toSet()));
        assertThat(accepted).hasSize(12);
        var stored = tours.sessionSlots(tourId);
        assertThat(stored).hasSize(12).allSatisfy(s -> assertThat(s.trainerIds()).doesNotContain(bram));
        long plannedForBram = run.sessions().stream().filter(s -> Long.valueOf(bram).equals(s.trainerId())).count();
        assertThat(stored.stream().filter(s -> s.trainerIds().isEmpty()).count()).isEqualTo(plannedForBram);
        assertThat(stored).flatExtracting(TourSessionSlot::trainerIds).containsAnyOf(anna, carla);
    }

    @Test
    void a_stopped_run_keeps_its_best_plan_and_may_then_be_accepted() {
        var id = planner.propose(tourId);
        var solving = planner.run(id).orElseThrow();
        if (!solving.ended()) {
            assertThatThrownBy(() -> planner.accept(id, Set.of("UT-1"))).isInstanceOf(BusinessRuleException.class);
        }

        planner.stop(id);
        var run = finished(id);

        assertThat(run.state()).isIn(PlanRun.State.STOPPED, PlanRun.State.DONE);
        assertThat(run.progress()).isEqualTo(100);
        assertThat(run.sessions()).hasSize(12);
        assertThat(run.score().summary()).isNotEmpty();
    }

    @Test
    void only_organisers_plan_tours() {
        var id = planner.propose(tourId);
        SignInAs.role(Role.GRIFFIE, "UT");

        assertThatThrownBy(() -> planner.propose(tourId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planner.run(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planner.stop(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planner.accept(id, Set.of("UT-1"))).isInstanceOf(AccessDeniedException.class);
        SignInAs.role(Role.TRAINER);
        assertThatThrownBy(() -> planner.propose(tourId)).isInstanceOf(AccessDeniedException.class);

        SignInAs.role(Role.ORGANISER);
        planner.stop(id);
        assertThat(finished(id).ended()).isTrue();
    }

    @Test
    void an_unknown_run_is_empty_and_cannot_be_accepted() {
        assertThat(planner.run(UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> planner.accept(UUID.randomUUID(), Set.of("UT-1")))
                .isInstanceOf(nl.weerbaarbestuur.ontour.shared.NotFoundException.class);
    }

    private long session(String province, LocalDate date, LocalTime start, LocalTime end, Set<Long> trainerIds) {
        var plan = new SessionPlan(tourId, province, "Bestaand " + province, null, null,
                date.atTime(start).atZone(DutchTime.ZONE).toInstant(), date.atTime(end).atZone(DutchTime.ZONE).toInstant(),
                venues.optionsFor(province).getFirst().getId(), SessionFormat.IN_PERSON, null, 30, Audience.BOTH, trainerIds,
                null, null, false);
        return sessions.create(plan).getId();
    }

    private PlanRun finished(UUID id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            var run = planner.run(id).orElseThrow();
            if (run.ended()) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the run did not end within five minutes");
    }
}
