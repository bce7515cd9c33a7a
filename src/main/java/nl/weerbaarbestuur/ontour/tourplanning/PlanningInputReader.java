package nl.weerbaarbestuur.ontour.tourplanning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.weerbaarbestuur.ontour.planning.DutchHolidays;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TourSessionSlot;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * Reads a tour's {@link PlanningInput} from the modules that own each part: the tour, its sessions
 * and the trainers (planning), the provinces, the registrations (which pin a session), and the
 * public holidays. What the griffies and trainers say about dates is not stored yet: every province
 * wants one session, has no preference and no unsuitable dates, and every trainer is available.
 */
@Service
class PlanningInputReader implements PlanningInputs {

    static final List<PlanningInput.SlotShape> DEFAULT_SLOT_SHAPES = List.of(
            new PlanningInput.SlotShape("evening", PartOfDay.EVENING, LocalTime.of(19, 30), LocalTime.of(22, 0)),
            new PlanningInput.SlotShape("afternoon", PartOfDay.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(16, 30)));

    /**
     * The school-holiday regions a province lies in: Flevoland (Zeewolde) and Gelderland (all but
     * Hattem) reach into more than one; the rest lie in one.
     */
    static final Map<String, Set<SchoolRegion>> DEFAULT_REGIONS = Map.ofEntries(
            Map.entry("GR", EnumSet.of(SchoolRegion.NOORD)), Map.entry("FR", EnumSet.of(SchoolRegion.NOORD)),
            Map.entry("DR", EnumSet.of(SchoolRegion.NOORD)), Map.entry("OV", EnumSet.of(SchoolRegion.NOORD)),
            Map.entry("NH", EnumSet.of(SchoolRegion.NOORD)),
            Map.entry("FL", EnumSet.of(SchoolRegion.NOORD, SchoolRegion.MIDDEN)),
            Map.entry("GE", EnumSet.of(SchoolRegion.MIDDEN, SchoolRegion.ZUID)),
            Map.entry("UT", EnumSet.of(SchoolRegion.MIDDEN)), Map.entry("ZH", EnumSet.of(SchoolRegion.MIDDEN)),
            Map.entry("ZE", EnumSet.of(SchoolRegion.ZUID)), Map.entry("NB", EnumSet.of(SchoolRegion.ZUID)),
            Map.entry("LI", EnumSet.of(SchoolRegion.ZUID)));

    static final String REMEMBRANCE_EVENING = "holiday.remembrance-evening";

    private final TourService tours;
    private final TrainerService trainers;
    private final ProvinceService provinces;
    private final SeatCounts seatCounts;

    PlanningInputReader(TourService tours, TrainerService trainers, ProvinceService provinces, SeatCounts seatCounts) {
        this.tours = tours;
        this.trainers = trainers;
        this.provinces = provinces;
        this.seatCounts = seatCounts;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanningInput forTour(long tourId) {
        var tour = tours.get(tourId);
        var wishes = provinces.all().stream()
                .map(p -> new PlanningInput.ProvinceWishes(p.getCode(), p.getName(), 1, Map.of(), null, Set.of(),
                        DEFAULT_REGIONS.getOrDefault(p.getCode(), Set.of()), false, degrees(p.getLatitude()),
                        degrees(p.getLongitude())))
                .toList();
        var available = trainers.all().stream()
                .map(t -> new PlanningInput.TrainerAvailability(t.getId(), t.getName(), Set.of(), null))
                .toList();
        return new PlanningInput(tourId, tour.getName(), tour.getStartsOn(), tour.getEndsOn(), DEFAULT_SLOT_SHAPES,
                wishes, available, List.of(), holidays(tour.getStartsOn(), tour.getEndsOn()),
                planned(tours.sessionSlots(tourId)));
    }

    private List<PlanningInput.PlannedSession> planned(List<TourSessionSlot> slots) {
        var byStatus = seatCounts.byStatus(slots.stream().map(TourSessionSlot::sessionId).toList());
        return slots.stream().map(slot -> {
            var start = DutchTime.inAmsterdam(slot.startsAt());
            var end = DutchTime.inAmsterdam(slot.endsAt());
            boolean registered = byStatus.getOrDefault(slot.sessionId(), Map.of()).entrySet().stream()
                    .anyMatch(e -> RegistrationStatus.ACTIVE.contains(e.getKey()) && e.getValue() > 0);
            boolean pinned = slot.status() != SessionStatus.DRAFT || registered;
            return new PlanningInput.PlannedSession(slot.sessionId(), slot.provinceCode(), start.toLocalDate(),
                    start.toLocalTime(), end.toLocalTime(), slot.trainerIds(), pinned);
        }).toList();
    }

    /** Public holidays from {@link DutchHolidays} in the period, and every 4 May evening (Dodenherdenking). */
    static List<PlanningInput.Holiday> holidays(LocalDate first, LocalDate last) {
        var result = new ArrayList<PlanningInput.Holiday>();
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var date = day;
            DutchHolidays.on(date).ifPresent(key -> result.add(new PlanningInput.Holiday(date, key, false)));
            if (date.getMonth() == Month.MAY && date.getDayOfMonth() == 4) {
                result.add(new PlanningInput.Holiday(date, REMEMBRANCE_EVENING, true));
            }
        }
        return List.copyOf(result);
    }

    private static @Nullable Double degrees(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
