package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo tour's input: four provinces answered, two trainers' availability and the school
 * holidays of the tour's school years, so that the planner has something to honour on the first
 * start. Run in a transaction that is rolled back: the test database is shared.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class DemoTourInputTest {

    @Autowired TourService tours;
    @Autowired TrainerService trainers;
    @Autowired ProvinceWishRepository wishes;
    @Autowired TrainerUnavailabilityRepository unavailability;
    @Autowired SchoolHolidayRepository holidays;
    @Autowired PlanningInputs inputs;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transaction;

    @Test
    void the_demo_tour_gets_griffie_input_trainer_availability_and_school_holidays() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            var today = LocalDate.now(clock);
            var demoTrainers = new java.util.HashSet<Long>();
            long tourId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
                demoTrainers.add(trainers.create("Tim Trainer", DemoTourInput.DEMO_TRAINER, null).getId());
                demoTrainers.add(trainers.create("Sara Spreker", DemoTourInput.DEMO_COLLEAGUE, null).getId());
                return tours.create(DemoTourInput.DEMO_TOUR, null, today.minusMonths(1), today.plusMonths(10), "ontour@demo.ontour.nl").getId();
            });
            var demo = new DemoTourInput(tours, trainers, wishes, unavailability, holidays, clock);

            demo.run(null);
            demo.run(null);

            var input = inputs.forTour(tourId);
            assertThat(input.provinces()).filteredOn(PlanningInput.ProvinceWishes::answered)
                    .extracting(PlanningInput.ProvinceWishes::provinceCode).containsExactlyInAnyOrder("UT", "GE", "FR", "NB");
            assertThat(input.provinces()).filteredOn(p -> p.provinceCode().equals("UT")).singleElement().satisfies(p -> {
                assertThat(p.unsuitableDates()).isNotEmpty().containsValue("Statenvergadering");
                assertThat(p.preferredPartOfDay()).isEqualTo(PartOfDay.EVENING);
            });
            assertThat(input.provinces()).filteredOn(p -> p.provinceCode().equals("NB")).singleElement()
                    .satisfies(p -> assertThat(p.unsuitableDates()).as("every date suits").isEmpty());
            assertThat(input.trainers()).filteredOn(t -> demoTrainers.contains(t.trainerId())).hasSize(2)
                    .allSatisfy(t -> {
                        assertThat(t.unavailableDates()).isNotEmpty();
                        assertThat(t.maxPerWeek()).isNotNull();
                    });
            // A school year another test filled already is left as it is: look for the pattern's names, not all of them.
            assertThat(input.schoolHolidays()).extracting(PlanningInput.SchoolHoliday::name)
                    .containsAnyOf("Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie");
            assertThat(input.schoolHolidays()).allSatisfy(h -> assertThat(ChronoUnit.DAYS.between(h.firstDay(), h.lastDay()))
                    .isLessThan(SchoolHolidayList.MAX_DAYS));
            assertThat(wishes.findByTourId(tourId)).as("a second start adds nothing").hasSize(4);
        });
    }

    @Test
    void the_holiday_pattern_of_a_school_year_reads_back_as_a_valid_list() {
        var lines = DemoTourInput.pattern(2026).stream()
                .map(e -> e.region() + ";" + e.name() + ";" + e.firstDay() + ";" + e.lastDay())
                .collect(java.util.stream.Collectors.joining("\n"));

        var report = SchoolHolidayList.parse(lines, 2026);

        assertThat(report.ok()).as(report.invalid().toString()).isTrue();
        assertThat(report.entries()).hasSize(15);
    }
}
