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
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * public holidays; and from this module what the people who know said: the griffies' unsuitable
 * dates and preferences and the sessions wanted per province ({@link TourDates}, {@link ProvinceInputs}),
 * the trainers' unavailable days and weekly maximum ({@link TrainerDates}), the school holidays and
 * the provinces' school regions ({@link SchoolHolidays}). A province nobody spoke for wants one
 * session and has no preference; a trainer nobody spoke for is always available. Dates outside the
 * tour's period (the tour may have been shortened after the griffie answered) are left out.
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
    private final ProvinceWishRepository wishes;
    private final TrainerUnavailabilityRepository unavailability;
    private final SchoolHolidayRepository schoolHolidays;
    private final ProvinceSchoolRegionsRepository regionChoices;

    PlanningInputReader(TourService tours, TrainerService trainers, ProvinceService provinces, SeatCounts seatCounts,
                        ProvinceWishRepository wishes, TrainerUnavailabilityRepository unavailability,
                        SchoolHolidayRepository schoolHolidays, ProvinceSchoolRegionsRepository regionChoices) {
        this.tours = tours;
        this.trainers = trainers;
        this.provinces = provinces;
        this.seatCounts = seatCounts;
        this.wishes = wishes;
        this.unavailability = unavailability;
        this.schoolHolidays = schoolHolidays;
        this.regionChoices = regionChoices;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanningInput forTour(long tourId) {
        var tour = tours.get(tourId);
        var first = tour.getStartsOn();
        var last = tour.getEndsOn();
        var said = wishes.findByTourId(tourId).stream()
                .collect(Collectors.toMap(ProvinceWish::getProvinceCode, Function.identity()));
        var regions = SchoolHolidays.effectiveRegions(regionChoices.findAll());
        var provinceWishes = provinces.all().stream().map(p -> {
            var wish = said.get(p.getCode());
            var area = regions.getOrDefault(p.getCode(), Set.of());
            if (wish == null) {
                return new PlanningInput.ProvinceWishes(p.getCode(), p.getName(), 1, Map.of(), null, Set.of(), area, false,
                        degrees(p.getLatitude()), degrees(p.getLongitude()));
            }
            var dates = wish.getUnsuitableDates().entrySet().stream().filter(e -> within(e.getKey(), first, last))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return new PlanningInput.ProvinceWishes(p.getCode(), p.getName(), wish.getSessionsWanted(), dates,
                    wish.getPartOfDay(), wish.getWeekdays(), area, wish.isAnswered(), degrees(p.getLatitude()),
                    degrees(p.getLongitude()));
        }).toList();
        var away = unavailability.findAll().stream()
                .collect(Collectors.toMap(TrainerUnavailability::getTrainerId, Function.identity()));
        var available = trainers.all().stream().map(t -> {
            var stored = away.get(t.getId());
            var days = stored == null ? Set.<LocalDate>of()
                    : stored.getDates().stream().filter(d -> within(d, first, last)).collect(Collectors.toSet());
            return new PlanningInput.TrainerAvailability(t.getId(), t.getName(), days,
                    stored == null ? null : stored.getMaxPerWeek());
        }).toList();
        var holidaysAtSchool = schoolHolidays.touching(first, last).stream().map(SchoolHolidayPeriod::toInput).toList();
        return new PlanningInput(tourId, tour.getName(), first, last, DEFAULT_SLOT_SHAPES, provinceWishes, available,
                holidaysAtSchool, holidays(first, last), planned(tours.sessionSlots(tourId)));
    }

    private static boolean within(LocalDate date, LocalDate first, LocalDate last) {
        return !date.isBefore(first) && !date.isAfter(last);
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
