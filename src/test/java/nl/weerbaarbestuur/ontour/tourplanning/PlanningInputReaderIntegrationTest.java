package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** What the tour planner reads of a tour: every province, every trainer, the holidays, and which sessions are pinned. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class PlanningInputReaderIntegrationTest {

    @Autowired PlanningInputs inputs;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private PlanningFixture fixture;

    @BeforeEach
    void aTour() {
        clock.set(FixedClockConfiguration.NOW);
        fixture = new PlanningFixture(context);
    }

    @Test
    void a_published_session_is_pinned_and_a_draft_may_move() {
        var trainer = fixture.trainer(PlanningFixture.uniqueTitle("Trainer"), PlanningFixture.uniqueTitle("t").replace(' ', '-') + "@test.ontour.nl");
        var published = fixture.publishedSession("UT", PlanningFixture.uniqueTitle("Vast"), Duration.ofDays(10), trainer);
        var draft = fixture.draftSession("LI", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(20));

        var input = inputs.forTour(fixture.tourId());

        assertThat(input.plannedSessions()).hasSize(2);
        var pinned = input.plannedSessions().stream().filter(s -> s.sessionId() == published.getId()).findFirst().orElseThrow();
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.provinceCode()).isEqualTo("UT");
        assertThat(pinned.trainerIds()).containsExactly(trainer.getId());
        assertThat(pinned.date()).isEqualTo(DutchTime.inAmsterdam(published.getStartsAt()).toLocalDate());
        assertThat(pinned.start()).isEqualTo(DutchTime.inAmsterdam(published.getStartsAt()).toLocalTime());
        var movable = input.plannedSessions().stream().filter(s -> s.sessionId() == draft.getId()).findFirst().orElseThrow();
        assertThat(movable.pinned()).isFalse();
        assertThat(movable.trainerIds()).isEmpty();
        assertThat(input.trainers()).anySatisfy(t -> assertThat(t.trainerId()).isEqualTo(trainer.getId()));
    }

    @Test
    void every_province_is_asked_with_its_school_regions_and_position() {
        var input = inputs.forTour(fixture.tourId());

        assertThat(input.provinces()).hasSize(12);
        assertThat(input.provinces()).allSatisfy(p -> {
            assertThat(p.regions()).isNotEmpty();
            assertThat(p.latitude()).isNotNull();
            assertThat(p.sessionsWanted()).isEqualTo(1);
        });
        var gelderland = input.provinces().stream().filter(p -> p.provinceCode().equals("GE")).findFirst().orElseThrow();
        assertThat(gelderland.regions()).containsExactlyInAnyOrder(SchoolRegion.MIDDEN, SchoolRegion.ZUID);
        assertThat(input.slotShapes()).extracting(PlanningInput.SlotShape::start)
                .contains(LocalTime.of(19, 30), LocalTime.of(13, 30));
    }

    @Test
    void the_holidays_of_the_period_include_kings_day_and_the_evening_of_4_may() {
        var holidays = PlanningInputReader.holidays(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31));

        assertThat(holidays).contains(new PlanningInput.Holiday(LocalDate.of(2027, 4, 27), "holiday.kings-day", false),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 4), "holiday.remembrance-evening", true),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 5), "holiday.liberation-day", false));
        assertThat(holidays).noneMatch(h -> h.date().isBefore(LocalDate.of(2027, 4, 1)) || h.date().isAfter(LocalDate.of(2027, 5, 31)));
    }

    @Test
    void an_unknown_tour_is_not_found() {
        assertThatThrownBy(() -> inputs.forTour(-1)).isInstanceOf(NotFoundException.class);
    }
}
