package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/**
 * Planning inputs made in code, for the solver's tests and benchmark: the twelve provinces with the
 * positions of their provinciehuizen, and tours generated from a seed with griffie wishes, trainer
 * unavailability and school holidays as a real tour would have them.
 */
final class SampleTours {

    static final PlanningInput.SlotShape EVENING =
            new PlanningInput.SlotShape("evening", PartOfDay.EVENING, LocalTime.of(19, 30), LocalTime.of(22, 0));
    static final PlanningInput.SlotShape AFTERNOON =
            new PlanningInput.SlotShape("afternoon", PartOfDay.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(16, 30));

    /** Code, name, latitude, longitude, region(s). */
    private static final Object[][] PROVINCES = {
            {"DR", "Drenthe", 52.9925, 6.5649, EnumSet.of(SchoolRegion.NOORD)},
            {"FL", "Flevoland", 52.5185, 5.4714, EnumSet.of(SchoolRegion.NOORD, SchoolRegion.MIDDEN)},
            {"FR", "Fryslân", 53.2012, 5.7999, EnumSet.of(SchoolRegion.NOORD)},
            {"GE", "Gelderland", 51.9851, 5.8987, EnumSet.of(SchoolRegion.MIDDEN, SchoolRegion.ZUID)},
            {"GR", "Groningen", 53.2194, 6.5665, EnumSet.of(SchoolRegion.NOORD)},
            {"LI", "Limburg", 50.8514, 5.6910, EnumSet.of(SchoolRegion.ZUID)},
            {"NB", "Noord-Brabant", 51.6978, 5.3037, EnumSet.of(SchoolRegion.ZUID)},
            {"NH", "Noord-Holland", 52.3874, 4.6462, EnumSet.of(SchoolRegion.NOORD)},
            {"OV", "Overijssel", 52.5168, 6.0830, EnumSet.of(SchoolRegion.NOORD)},
            {"UT", "Utrecht", 52.0907, 5.1214, EnumSet.of(SchoolRegion.MIDDEN)},
            {"ZE", "Zeeland", 51.4988, 3.6136, EnumSet.of(SchoolRegion.ZUID)},
            {"ZH", "Zuid-Holland", 52.0705, 4.3007, EnumSet.of(SchoolRegion.MIDDEN)},
    };

    private SampleTours() {
    }

    /** A province without wishes: every date suits, no preference. */
    @SuppressWarnings("unchecked")
    static PlanningInput.ProvinceWishes province(String code, int sessionsWanted) {
        for (var row : PROVINCES) {
            if (row[0].equals(code)) {
                return new PlanningInput.ProvinceWishes(code, (String) row[1], sessionsWanted, Map.of(), null, Set.of(),
                        (Set<SchoolRegion>) row[4], false, (Double) row[2], (Double) row[3]);
            }
        }
        throw new IllegalArgumentException(code);
    }

    static List<PlanningInput.ProvinceWishes> allProvinces(int sessionsWanted) {
        var all = new ArrayList<PlanningInput.ProvinceWishes>();
        for (var row : PROVINCES) {
            all.add(province((String) row[0], sessionsWanted));
        }
        return all;
    }

    static PlanningInput input(LocalDate first, LocalDate last, List<PlanningInput.ProvinceWishes> provinces,
                               List<PlanningInput.TrainerAvailability> trainers, List<PlanningInput.SchoolHoliday> schoolHolidays,
                               List<PlanningInput.Holiday> holidays, List<PlanningInput.PlannedSession> planned) {
        return new PlanningInput(1, "Testtour", first, last, List.of(EVENING, AFTERNOON), provinces, trainers, schoolHolidays,
                holidays, planned);
    }

    /**
     * A tour of {@code weeks} weeks from Monday 1 March 2027 with {@code perProvince} sessions in each
     * province and {@code trainerCount} trainers. From the seed: half the griffies prefer a part of
     * the day, a third prefer two weekdays, each has a Statenvergadering every other Wednesday and a
     * few odd dates; each trainer is away about one day in six, plus a week's holiday, and gives at
     * most two or three sessions a week. School holidays: the May holiday everywhere, spring
     * holidays per region.
     */
    static PlanningInput generated(int perProvince, int weeks, int trainerCount, long seed) {
        var random = new Random(seed);
        var first = LocalDate.of(2027, 3, 1);
        var last = first.plusWeeks(weeks).minusDays(1);
        var provinces = new ArrayList<PlanningInput.ProvinceWishes>();
        for (var plain : allProvinces(perProvince)) {
            var unsuitable = new HashMap<LocalDate, String>();
            var wednesday = first.plusDays(2).plusWeeks(random.nextInt(2));
            for (var day = wednesday; !day.isAfter(last); day = day.plusWeeks(2)) {
                unsuitable.put(day, "Statenvergadering");
            }
            for (int i = 0; i < weeks / 2; i++) {
                unsuitable.put(first.plusDays(random.nextInt(weeks * 7)), "Commissievergadering");
            }
            PartOfDay part = random.nextInt(2) == 0 ? null : (random.nextBoolean() ? PartOfDay.EVENING : PartOfDay.AFTERNOON);
            Set<DayOfWeek> days = random.nextInt(3) == 0
                    ? EnumSet.of(DayOfWeek.of(1 + random.nextInt(5)), DayOfWeek.of(1 + random.nextInt(5))) : Set.of();
            provinces.add(new PlanningInput.ProvinceWishes(plain.provinceCode(), plain.provinceName(), perProvince, unsuitable,
                    part, days, plain.regions(), true, plain.latitude(), plain.longitude()));
        }
        var trainers = new ArrayList<PlanningInput.TrainerAvailability>();
        for (int t = 1; t <= trainerCount; t++) {
            var away = new HashSet<LocalDate>();
            for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (random.nextInt(6) == 0) {
                    away.add(day);
                }
            }
            var holiday = first.plusWeeks(random.nextInt(Math.max(1, weeks)));
            for (int d = 0; d < 7; d++) {
                away.add(holiday.plusDays(d));
            }
            trainers.add(new PlanningInput.TrainerAvailability(t, "Trainer " + t, away, 2 + random.nextInt(2)));
        }
        var schoolHolidays = new ArrayList<PlanningInput.SchoolHoliday>();
        for (var region : SchoolRegion.values()) {
            schoolHolidays.add(new PlanningInput.SchoolHoliday(region, "Meivakantie", LocalDate.of(2027, 4, 24), LocalDate.of(2027, 5, 2)));
        }
        schoolHolidays.add(new PlanningInput.SchoolHoliday(SchoolRegion.ZUID, "Voorjaarsvakantie", LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 21)));
        schoolHolidays.add(new PlanningInput.SchoolHoliday(SchoolRegion.NOORD, "Zomervakantie", LocalDate.of(2027, 7, 10), LocalDate.of(2027, 8, 22)));
        return input(first, last, provinces, trainers, schoolHolidays, holidays(first, last), List.of());
    }

    /**
     * A tour as tight as a real one, for the benchmark: {@code weeks} weeks from Monday 1 March 2027,
     * {@code perProvince} sessions in each province. From the seed:
     * <ul>
     *   <li>each province has two weekdays that never suit (Statenvergadering and committee day, every
     *       week; most have the Wednesday), a recess of three weeks, and a few odd dates;</li>
     *   <li>most griffies prefer the evening, some the afternoon, and one of the three weekdays left:
     *       the provinces compete for the same evenings of the same few trainers;</li>
     *   <li>each trainer is away about a quarter of the days (a weekday off every week, odd days and a
     *       holiday week) and gives at most one or two sessions a week;</li>
     *   <li>school holidays: about four of the twenty weeks per region (spring, May, Ascension week and
     *       the start of the summer, the regions a week apart where they usually are).</li>
     * </ul>
     */
    static PlanningInput realistic(int perProvince, int weeks, int trainerCount, long seed) {
        var random = new Random(seed);
        var first = LocalDate.of(2027, 3, 1);
        var last = first.plusWeeks(weeks).minusDays(1);
        var provinces = new ArrayList<PlanningInput.ProvinceWishes>();
        for (var plain : allProvinces(perProvince)) {
            var unsuitable = new HashMap<LocalDate, String>();
            var statenDay = random.nextInt(3) < 2 ? DayOfWeek.WEDNESDAY : DayOfWeek.of(2 + 2 * random.nextInt(2));
            DayOfWeek committeeDay;
            do {
                committeeDay = DayOfWeek.of(1 + random.nextInt(5));
            } while (committeeDay == statenDay);
            for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == statenDay) {
                    unsuitable.put(day, "Statenvergadering");
                } else if (day.getDayOfWeek() == committeeDay) {
                    unsuitable.put(day, "Commissievergadering");
                }
            }
            var recess = first.plusWeeks(2 + random.nextInt(Math.max(1, weeks - 5)));
            for (int d = 0; d < 21; d++) {
                unsuitable.putIfAbsent(recess.plusDays(d), "Reces");
            }
            for (int i = 0; i < 3; i++) {
                unsuitable.putIfAbsent(first.plusDays(random.nextInt(weeks * 7)), "Werkbezoek");
            }
            int partRoll = random.nextInt(12);
            PartOfDay part = partRoll < 8 ? PartOfDay.EVENING : partRoll < 11 ? PartOfDay.AFTERNOON : null;
            // One of the three weekdays left, as griffies do: the provinces want the same evenings of the
            // same few trainers, and those are away a quarter of the time.
            var wished = EnumSet.noneOf(DayOfWeek.class);
            while (wished.size() < 1) {
                var day = DayOfWeek.of(1 + random.nextInt(5));
                if (day != statenDay && day != committeeDay) {
                    wished.add(day);
                }
            }
            provinces.add(new PlanningInput.ProvinceWishes(plain.provinceCode(), plain.provinceName(), perProvince, unsuitable,
                    part, wished, plain.regions(), true, plain.latitude(), plain.longitude()));
        }
        var trainers = new ArrayList<PlanningInput.TrainerAvailability>();
        for (int t = 1; t <= trainerCount; t++) {
            var away = new HashSet<LocalDate>();
            var dayOff = DayOfWeek.of(1 + random.nextInt(5));
            for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == dayOff || random.nextInt(10) == 0) {
                    away.add(day);
                }
            }
            var holiday = first.plusWeeks(random.nextInt(Math.max(1, weeks)));
            for (int d = 0; d < 7; d++) {
                away.add(holiday.plusDays(d));
            }
            trainers.add(new PlanningInput.TrainerAvailability(t, "Trainer " + t, away, 1 + random.nextInt(2)));
        }
        var schoolHolidays = new ArrayList<PlanningInput.SchoolHoliday>();
        for (var region : SchoolRegion.values()) {
            int shift = region.ordinal();
            var spring = first.plusWeeks(shift).minusDays(2);
            schoolHolidays.add(new PlanningInput.SchoolHoliday(region, "Voorjaarsvakantie", spring, spring.plusDays(8)));
            // The south often has two weeks in May, and starts its summer last.
            schoolHolidays.add(new PlanningInput.SchoolHoliday(region, "Meivakantie", LocalDate.of(2027, 4, 24),
                    region == SchoolRegion.ZUID ? LocalDate.of(2027, 5, 9) : LocalDate.of(2027, 5, 2)));
            schoolHolidays.add(new PlanningInput.SchoolHoliday(region, "Hemelvaart", LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 9)));
            var summer = last.minusWeeks(2 - Math.min(2, shift)).plusDays(-1).with(DayOfWeek.SATURDAY);
            schoolHolidays.add(new PlanningInput.SchoolHoliday(region, "Zomervakantie", summer, summer.plusDays(43)));
        }
        return input(first, last, provinces, trainers, schoolHolidays, holidays(first, last), List.of());
    }

    /** The public holidays of spring 2027 and the evening of 4 May. */
    static List<PlanningInput.Holiday> holidays(LocalDate first, LocalDate last) {
        var all = List.of(
                new PlanningInput.Holiday(LocalDate.of(2027, 3, 29), "holiday.easter-monday", false),
                new PlanningInput.Holiday(LocalDate.of(2027, 4, 27), "holiday.kings-day", false),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 4), "holiday.remembrance-evening", true),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 5), "holiday.liberation-day", false),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 6), "holiday.ascension", false),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 17), "holiday.whit-monday", false));
        return all.stream().filter(h -> !h.date().isBefore(first) && !h.date().isAfter(last)).toList();
    }
}
