package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything the planner may take into account for one tour, read once at the start of a run: the
 * period, the slot shapes, what each province and trainer said, holidays, and the sessions that are
 * already there. Immutable, so a run never sees a half-made change.
 *
 * @param firstDay       the tour's first day (inclusive)
 * @param lastDay        the tour's last day (inclusive)
 * @param slotShapes     the shapes a new session may take (e.g. evening 19:30-22:00), at least one
 * @param provinces      the twelve provinces, in name order, with their wishes
 * @param trainers       every trainer who may be planned, with their availability
 * @param schoolHolidays school holidays per region that touch the period
 * @param holidays       public holidays in the period, and 4 May evening (Dodenherdenking)
 * @param plannedSessions the tour's sessions that exist already (cancelled ones left out)
 */
public record PlanningInput(long tourId, String tourName, LocalDate firstDay, LocalDate lastDay,
                           List<SlotShape> slotShapes, List<ProvinceWishes> provinces, List<TrainerAvailability> trainers,
                           List<SchoolHoliday> schoolHolidays, List<Holiday> holidays,
                           List<PlannedSession> plannedSessions) {

    public PlanningInput {
        slotShapes = List.copyOf(slotShapes);
        provinces = List.copyOf(provinces);
        trainers = List.copyOf(trainers);
        schoolHolidays = List.copyOf(schoolHolidays);
        holidays = List.copyOf(holidays);
        plannedSessions = List.copyOf(plannedSessions);
    }

    /** A shape a session may take on any day: "avond 19:30-22:00". {@code key} is stable, e.g. "evening". */
    public record SlotShape(String key, PartOfDay partOfDay, LocalTime start, LocalTime end) {
    }

    /**
     * What a province (its griffie) said, and where its provinciehuis is.
     *
     * @param sessionsWanted     how many sessions this tour should hold there (default 1; 0 = none)
     * @param unsuitableDates    dates that do not suit, with the griffie's reason ("Statenvergadering")
     * @param preferredPartOfDay null when the griffie has no preference
     * @param preferredWeekdays  empty when the griffie has no preference
     * @param regions            the school-holiday regions the province lies in (one or more)
     * @param answered           whether the griffie has given its input for this tour
     * @param latitude           of the provinciehuis; null when unknown
     */
    public record ProvinceWishes(String provinceCode, String provinceName, int sessionsWanted,
                                 Map<LocalDate, String> unsuitableDates, @Nullable PartOfDay preferredPartOfDay,
                                 Set<DayOfWeek> preferredWeekdays, Set<SchoolRegion> regions, boolean answered,
                                 @Nullable Double latitude, @Nullable Double longitude) {

        public ProvinceWishes {
            unsuitableDates = Map.copyOf(unsuitableDates);
            preferredWeekdays = Set.copyOf(preferredWeekdays);
            regions = Set.copyOf(regions);
        }
    }

    /**
     * A trainer's availability for the period.
     *
     * @param unavailableDates days the trainer cannot give a session
     * @param maxPerWeek       at most this many sessions in one ISO week; null = no limit
     */
    public record TrainerAvailability(long trainerId, String name, Set<LocalDate> unavailableDates,
                                      @Nullable Integer maxPerWeek) {

        public TrainerAvailability {
            unavailableDates = Set.copyOf(unavailableDates);
        }
    }

    /** A school holiday of one region, both days inclusive ("Herfstvakantie", NOORD, 17-25 Oct). */
    public record SchoolHoliday(SchoolRegion region, String name, LocalDate firstDay, LocalDate lastDay) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }

    /**
     * A day on which no session is planned; {@code eveningOnly} for 4 May (Dodenherdenking), when
     * only an evening session is out. {@code nameKey} is a translation key ("holiday.kings-day").
     */
    public record Holiday(LocalDate date, String nameKey, boolean eveningOnly) {
    }

    /**
     * A session of the tour that exists already. A pinned one (published, held, or with registrations)
     * is never moved by the planner; an unpinned draft may be moved, at a cost.
     *
     * @param trainerIds the trainers assigned to it (may be empty)
     */
    public record PlannedSession(long sessionId, String provinceCode, LocalDate date, LocalTime start, LocalTime end,
                                 Set<Long> trainerIds, boolean pinned) {

        public PlannedSession {
            trainerIds = Set.copyOf(trainerIds);
        }
    }
}
