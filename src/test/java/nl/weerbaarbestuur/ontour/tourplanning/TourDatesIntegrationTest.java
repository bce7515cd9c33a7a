package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * A griffie's dates for its own province: saved and marked answered (also with none), refused for
 * another province in the service itself, refused outside the tour, twice or with a bad reason,
 * and never with the reason in the log.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class TourDatesIntegrationTest {

    @Autowired TourDates dates;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private long tourId;
    private LocalDate first;
    private LocalDate last;

    @BeforeEach
    void aTour() {
        clock.set(FixedClockConfiguration.NOW);
        var fixture = new PlanningFixture(context);
        fixture.draftSession("UT", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(30));
        tourId = fixture.tourId();
        SignInAs.role(Role.ORGANISER);
        var form = dates.form(tourId, "UT");
        first = form.firstDay();
        last = form.lastDay();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static TourDates.Answer answer(TourDates.UnsuitableDate... given) {
        return new TourDates.Answer(List.of(given), null, Set.of());
    }

    @Test
    void a_griffie_saves_two_dates_and_a_preference_and_its_province_is_answered() {
        SignInAs.role(Role.GRIFFIE, "UT");
        assertThat(dates.form(tourId, "UT").answered()).isFalse();

        var saved = dates.answer(tourId, "UT", new TourDates.Answer(List.of(
                new TourDates.UnsuitableDate(first.plusDays(20), "Statenvergadering"),
                new TourDates.UnsuitableDate(first.plusDays(10), " Reces ")),
                PartOfDay.EVENING, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)), null);

        assertThat(saved.answered()).isTrue();
        assertThat(saved.answeredAt()).isEqualTo(clock.instant());
        var again = dates.form(tourId, "UT");
        assertThat(again.dates()).containsExactly(new TourDates.UnsuitableDate(first.plusDays(10), "Reces"),
                new TourDates.UnsuitableDate(first.plusDays(20), "Statenvergadering"));
        assertThat(again.partOfDay()).isEqualTo(PartOfDay.EVENING);
        assertThat(again.weekdays()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(again.provinceName()).isEqualTo("Utrecht");
    }

    @Test
    void no_dates_at_all_means_every_date_suits_and_counts_as_an_answer() {
        SignInAs.role(Role.GRIFFIE, "ZE");

        var saved = dates.answer(tourId, "ZE", answer(), null);

        assertThat(saved.answered()).isTrue();
        assertThat(saved.dates()).isEmpty();
    }

    @Test
    void a_griffie_of_another_province_is_refused_by_the_service() {
        SignInAs.role(Role.GRIFFIE, "FR");

        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(first.plusDays(3), "x")), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dates.form(tourId, "UT")).isInstanceOf(AccessDeniedException.class);

        SignInAs.role(Role.ORGANISER);
        assertThat(dates.form(tourId, "UT").answered()).as("nothing was stored").isFalse();
    }

    @Test
    void a_trainer_may_not_give_a_provinces_dates() {
        SignInAs.role(Role.TRAINER);

        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organiser_may_answer_for_a_province_on_its_behalf() {
        var saved = dates.answer(tourId, "LI", answer(new TourDates.UnsuitableDate(first.plusDays(5), "telefonisch doorgegeven")), null);

        assertThat(saved.answered()).isTrue();
        assertThat(saved.dates()).hasSize(1);
    }

    @Test
    void a_date_outside_the_tour_is_refused_and_nothing_is_stored() {
        SignInAs.role(Role.GRIFFIE, "UT");

        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(first.plusDays(2), "ok"),
                new TourDates.UnsuitableDate(last.plusDays(1), "na de tour")), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("dates");
                            assertThat(error.messageKey()).isEqualTo("tourplanning.input.error.outside");
                            assertThat(error.arguments()).containsExactly(last.plusDays(1), first, last);
                        }));
        assertThat(dates.form(tourId, "UT").answered()).isFalse();
    }

    @Test
    void a_date_twice_and_bad_reasons_are_refused() {
        SignInAs.role(Role.GRIFFIE, "UT");
        var day = first.plusDays(4);

        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(day, "a"),
                new TourDates.UnsuitableDate(day, "b")), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::messageKey).containsExactly("tourplanning.input.error.duplicate"));
        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(day, "x".repeat(61))), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::messageKey).containsExactly("tourplanning.input.reason.too-long"));
        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(day, "Staten\nvergadering")), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::messageKey).containsExactly("tourplanning.input.reason.unsafe"));
        assertThat(dates.form(tourId, "UT").answered()).isFalse();
    }

    @Test
    void saving_again_replaces_the_dates_unless_someone_else_saved_in_between() {
        SignInAs.role(Role.GRIFFIE, "UT");
        var firstAnswer = dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(first.plusDays(1), "a"),
                new TourDates.UnsuitableDate(first.plusDays(2), "b")), null);
        clock.advance(Duration.ofMinutes(5));

        var second = dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(first.plusDays(2), "c")),
                firstAnswer.answeredAt());

        assertThat(second.dates()).containsExactly(new TourDates.UnsuitableDate(first.plusDays(2), "c"));
        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(), firstAnswer.answeredAt()))
                .as("a colleague started from the first answer").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("tourplanning.input.error.changed");
        assertThat(dates.form(tourId, "UT").dates()).hasSize(1);
    }

    @Test
    void a_pasted_list_is_read_against_the_tours_period() {
        SignInAs.role(Role.GRIFFIE, "UT");

        var report = dates.readList(tourId, first.plusDays(1) + "; Statenvergadering\n" + last.plusDays(3));

        assertThat(report.ok()).isFalse();
        assertThat(report.invalid()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.problems()).extracting(InputProblem::key).containsExactly("tourplanning.input.line.outside");
        });
    }

    @Test
    void the_reason_a_griffie_types_never_reaches_the_log(CapturedOutput output) {
        SignInAs.role(Role.GRIFFIE, "UT");
        var reason = "Geheim-" + UUID.randomUUID().toString().substring(0, 8);

        dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(first.plusDays(7), reason)), null);
        assertThatThrownBy(() -> dates.answer(tourId, "UT", answer(new TourDates.UnsuitableDate(first.plusDays(7), reason),
                new TourDates.UnsuitableDate(first.plusDays(7), reason)), dates.form(tourId, "UT").answeredAt()))
                .isInstanceOf(InvalidInputException.class);

        assertThat(output.getAll()).contains("Tour planning input for tour " + tourId).doesNotContain(reason);
    }
}
