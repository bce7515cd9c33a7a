package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/**
 * The school regions of a province, as an organiser set them (the default for Zeeland is Zuid), decide
 * which school holidays the solver weighs for it: a second region brings that region's holidays in.
 */
class ScheduleFactoryRegionsTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final PlanningInput.SchoolHoliday MIDDEN_SPRING =
            new PlanningInput.SchoolHoliday(SchoolRegion.MIDDEN, "Voorjaarsvakantie", FIRST, FIRST.plusDays(6));

    private static ProvinceFact zeeland(Set<SchoolRegion> regions) {
        var plain = SampleTours.province("ZE", 1);
        var wishes = new PlanningInput.ProvinceWishes("ZE", plain.provinceName(), 1, Map.of(), null, Set.of(), regions, true,
                plain.latitude(), plain.longitude());
        var input = SampleTours.input(FIRST, FIRST.plusWeeks(4), List.of(wishes), List.of(), List.of(MIDDEN_SPRING), List.of(), List.of());
        return ScheduleFactory.build(input, FIRST).getProvinces().getFirst();
    }

    @Test
    void a_province_in_its_default_region_only_does_not_weigh_another_regions_holidays() {
        var fact = zeeland(EnumSet.of(SchoolRegion.ZUID));

        assertThat(fact.schoolHolidays()).isEmpty();
        assertThat(fact.schoolHolidayOn(FIRST.plusDays(1))).isEmpty();
    }

    @Test
    void a_province_an_organiser_put_in_a_second_region_weighs_that_regions_holidays_too() {
        var fact = zeeland(EnumSet.of(SchoolRegion.ZUID, SchoolRegion.MIDDEN));

        assertThat(fact.schoolHolidays()).containsExactly(MIDDEN_SPRING);
        assertThat(fact.schoolHolidayOn(FIRST.plusDays(1))).contains(MIDDEN_SPRING);
    }
}
