package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/**
 * A province as the solver sees one: its griffie's wishes, the school holidays of its region(s), where
 * its provinciehuis is, and the gap its sessions would have if spread evenly over the period.
 *
 * @param schoolHolidays the school holidays of the province's own regions only
 * @param idealGapDays   the period divided by the number of the province's sessions; 0 for one session
 */
public record ProvinceFact(String code, String name, Map<LocalDate, String> unsuitableDates, @Nullable PartOfDay preferredPartOfDay,
                    Set<DayOfWeek> preferredWeekdays, Set<SchoolRegion> regions,
                    List<PlanningInput.SchoolHoliday> schoolHolidays, @Nullable Double latitude,
                    @Nullable Double longitude, int idealGapDays) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    public ProvinceFact {
        unsuitableDates = Map.copyOf(unsuitableDates);
        preferredWeekdays = Set.copyOf(preferredWeekdays);
        regions = Set.copyOf(regions);
        schoolHolidays = List.copyOf(schoolHolidays);
    }

    boolean unsuitableOn(LocalDate date) {
        return unsuitableDates.containsKey(date);
    }

    Optional<PlanningInput.SchoolHoliday> schoolHolidayOn(LocalDate date) {
        return schoolHolidays.stream().filter(h -> h.covers(date)).findFirst();
    }

    boolean missesPartOfDay(PartOfDay partOfDay) {
        return preferredPartOfDay != null && preferredPartOfDay != partOfDay;
    }

    boolean missesWeekday(DayOfWeek day) {
        return !preferredWeekdays.isEmpty() && !preferredWeekdays.contains(day);
    }

    /** Great-circle distance between the two provinciehuizen, rounded; 0 when either position is unknown. */
    long kilometresTo(ProvinceFact other) {
        if (latitude == null || longitude == null || other.latitude == null || other.longitude == null) {
            return 0;
        }
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a)));
    }

    /** By code: the solver hashes provinces often, and the code is what a province is. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProvinceFact p && p.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
