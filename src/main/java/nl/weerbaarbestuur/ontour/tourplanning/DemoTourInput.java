package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the planner has to honour on the demo tour, so that "Stel een tourplan voor" has something
 * to work with on the first start: four griffies answered (Utrecht, Gelderland and Fryslân with
 * dates that do not suit and preferences, Noord-Brabant with "every date suits"), the two demo
 * trainers have days off and a weekly maximum, and the school holidays of the tour's school years.
 * The school holidays follow the pattern of recent years, not the published dates: organisers
 * enter those themselves. Dates are relative to today, as the demo tour's are.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "ontour.demo-data")
class DemoTourInput implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTourInput.class);
    /** DemoPlanning's tour (planning module); matched by name, as the demo accounts are by address. */
    static final String DEMO_TOUR = "Weerbaar Bestuur On Tour (demo)";
    static final String DEMO_TRAINER = "trainer@demo.ontour.nl";
    static final String DEMO_COLLEAGUE = "sara.spreker@demo.ontour.nl";
    /** Not a real account: the demo answers were given before anybody signed in. */
    private static final long NO_ACCOUNT = 0;

    private final TourService tours;
    private final TrainerService trainers;
    private final ProvinceWishRepository wishes;
    private final TrainerUnavailabilityRepository unavailability;
    private final SchoolHolidayRepository holidays;
    private final Clock clock;

    DemoTourInput(TourService tours, TrainerService trainers, ProvinceWishRepository wishes,
                  TrainerUnavailabilityRepository unavailability, SchoolHolidayRepository holidays, Clock clock) {
        this.tours = tours;
        this.trainers = trainers;
        this.wishes = wishes;
        this.unavailability = unavailability;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var tour = tours.all().stream().filter(t -> t.getName().equals(DEMO_TOUR)).findFirst().orElse(null);
        if (tour == null || !wishes.findByTourId(tour.getId()).isEmpty()) {
            return;
        }
        int added = giveInput(tour, DEMO_TRAINER, DEMO_COLLEAGUE);
        log.info("Demo tour input: 4 provinces answered, 2 trainers' availability, {} school holidays", added);
    }

    /**
     * Gives a tour the demo's input: the four griffies' answers, the two trainers' days off and
     * maximum (the trainers with these addresses; a test passes its own), and the school holidays.
     *
     * @return how many school holidays were added
     */
    int giveInput(Tour tour, String trainerEmail, String colleagueEmail) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, DutchTime.ZONE);
        var start = today.isAfter(tour.getStartsOn()) ? today : tour.getStartsOn();
        griffies(tour, start, now);
        trainers(start, trainerEmail, colleagueEmail);
        return schoolHolidays(tour);
    }

    private void griffies(Tour tour, LocalDate start, Instant now) {
        var utrecht = new LinkedHashMap<LocalDate, String>();
        var wednesday = start.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        for (var day = wednesday.plusWeeks(1); !day.isAfter(tour.getEndsOn()); day = day.plusWeeks(3)) {
            utrecht.put(day, "Statenvergadering");
            utrecht.put(day.minusDays(7), "Commissiedag");
        }
        answer(tour, "UT", utrecht, PartOfDay.EVENING, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), now);

        var gelderland = new LinkedHashMap<LocalDate, String>();
        var monday = start.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (var day = monday.plusWeeks(2); !day.isAfter(tour.getEndsOn()); day = day.plusWeeks(4)) {
            gelderland.put(day, "Commissiedag");
        }
        var recess = monday.plusWeeks(6);
        for (int i = 0; i < 5; i++) {
            gelderland.put(recess.plusDays(i), "Niet deze week");
        }
        answer(tour, "GE", gelderland, PartOfDay.AFTERNOON, EnumSet.of(DayOfWeek.TUESDAY), now);

        var fryslan = new LinkedHashMap<LocalDate, String>();
        var away = monday.plusWeeks(10);
        for (int i = 0; i < 12; i++) {
            if (i % 7 < 5) {
                fryslan.put(away.plusDays(i), "Reces");
            }
        }
        answer(tour, "FR", fryslan, PartOfDay.EVENING, Set.of(), now);

        answer(tour, "NB", Map.of(), null, Set.of(), now);
    }

    private void answer(Tour tour, String province, Map<LocalDate, String> dates, PartOfDay partOfDay,
                        Set<DayOfWeek> weekdays, Instant now) {
        var within = new LinkedHashMap<LocalDate, String>();
        dates.forEach((day, reason) -> {
            if (!day.isBefore(tour.getStartsOn()) && !day.isAfter(tour.getEndsOn())) {
                within.put(day, reason);
            }
        });
        var wish = new ProvinceWish(tour.getId(), province);
        wish.answer(within, partOfDay, weekdays, now, NO_ACCOUNT);
        wishes.save(wish);
    }

    private void trainers(LocalDate start, String trainerEmail, String colleagueEmail) {
        for (var trainer : trainers.all()) {
            var email = trainer.getEmail();
            if (!email.equals(trainerEmail) && !email.equals(colleagueEmail) || unavailability.existsById(trainer.getId())) {
                continue;
            }
            var days = new java.util.TreeSet<LocalDate>();
            var stored = new TrainerUnavailability(trainer.getId());
            if (email.equals(trainerEmail)) {
                var holiday = start.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                for (int i = 0; i < 7; i++) {
                    days.add(holiday.plusDays(i));
                }
                stored.change(days, 2);
            } else {
                var friday = start.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
                for (int i = 0; i < 20; i++) {
                    days.add(friday.plusWeeks(i));
                }
                days.add(start.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)));
                stored.change(days, 1);
            }
            unavailability.save(stored);
        }
    }

    /** The school years the tour touches, unless an organiser entered them already. */
    private int schoolHolidays(Tour tour) {
        int added = 0;
        for (int year = SchoolHolidays.schoolYearOf(tour.getStartsOn()); year <= SchoolHolidays.schoolYearOf(tour.getEndsOn()); year++) {
            if (!holidays.findBySchoolYearOrderByFirstDayAscRegionAsc(year).isEmpty()) {
                continue;
            }
            for (var entry : pattern(year)) {
                holidays.save(new SchoolHolidayPeriod(year, entry.region(), entry.name(), entry.firstDay(), entry.lastDay()));
                added++;
            }
        }
        return added;
    }

    /** School holidays as they usually fall: Saturday to Sunday, the south a week apart where it often is. */
    static List<SchoolHolidayList.Entry> pattern(int year) {
        var result = new ArrayList<SchoolHolidayList.Entry>();
        for (var region : SchoolRegion.values()) {
            boolean south = region == SchoolRegion.ZUID;
            result.add(week(region, "Herfstvakantie", saturdayBeforeWeek(year, south ? 42 : 43), 9));
            result.add(week(region, "Kerstvakantie", LocalDate.of(year, Month.DECEMBER, 24)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), 16));
            result.add(week(region, "Voorjaarsvakantie", saturdayBeforeWeek(year + 1, south ? 7 : 8), 9));
            result.add(week(region, "Meivakantie", LocalDate.of(year + 1, Month.APRIL, 27)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), 9));
            int summerWeek = switch (region) {
                case NOORD -> 28;
                case MIDDEN -> 29;
                case ZUID -> 30;
            };
            result.add(week(region, "Zomervakantie", saturdayBeforeWeek(year + 1, summerWeek), 44));
        }
        return result;
    }

    private static SchoolHolidayList.Entry week(SchoolRegion region, String name, LocalDate first, int days) {
        return new SchoolHolidayList.Entry(region, name, first, first.plusDays(days - 1L));
    }

    /** The Saturday before the Monday of ISO week {@code week} of {@code year}. */
    private static LocalDate saturdayBeforeWeek(int year, int week) {
        return LocalDate.of(year, Month.JULY, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY).minusDays(2);
    }
}
