package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' availability, entered by organisers for them (trainers have no say in the application
 * yet): the days a trainer cannot lead a session and, optionally, the most sessions in one week.
 */
@Service
public class TrainerDates {

    private static final Logger log = LoggerFactory.getLogger(TrainerDates.class);
    public static final int MAX_DATES = 400;
    public static final int MAX_PER_WEEK = 7;
    /** How far back and ahead dates may lie, in years from today: typing 2207 for 2027 is refused. */
    static final int YEARS_BACK = 1;
    static final int YEARS_AHEAD = 3;

    private final TrainerUnavailabilityRepository repository;
    private final TrainerService trainers;
    private final Clock clock;

    TrainerDates(TrainerUnavailabilityRepository repository, TrainerService trainers, Clock clock) {
        this.repository = repository;
        this.trainers = trainers;
        this.clock = clock;
    }

    /** A trainer with the days they cannot (in date order) and their weekly maximum (null: no limit). */
    public record Availability(long trainerId, String name, List<LocalDate> unavailableDates, @Nullable Integer maxPerWeek) {
        public Availability {
            unavailableDates = List.copyOf(unavailableDates);
        }
    }

    /** Every trainer, in name order. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<Availability> all() {
        var stored = repository.findAll();
        return trainers.all().stream().map(t -> availability(t, stored.stream()
                .filter(s -> s.getTrainerId() == t.getId()).findFirst().orElse(null))).toList();
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public Availability of(long trainerId) {
        var trainer = trainer(trainerId);
        return availability(trainer, repository.findById(trainerId).orElse(null));
    }

    /**
     * Replaces the trainer's unavailable days and weekly maximum.
     *
     * @throws InvalidInputException a maximum outside 1-7, too many dates, or a date far in the past or future
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Availability save(long trainerId, Set<LocalDate> unavailable, @Nullable Integer maxPerWeek) {
        var trainer = trainer(trainerId);
        var errors = new ArrayList<FieldError>();
        if (maxPerWeek != null && (maxPerWeek < 1 || maxPerWeek > MAX_PER_WEEK)) {
            errors.add(new FieldError("maxPerWeek", "tourplanning.input.error.max-per-week", MAX_PER_WEEK));
        }
        if (unavailable.size() > MAX_DATES) {
            errors.add(new FieldError("dates", "tourplanning.input.list.too-many", MAX_DATES));
        }
        var today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        var earliest = today.minusYears(YEARS_BACK);
        var latest = today.plusYears(YEARS_AHEAD);
        unavailable.stream().filter(d -> d.isBefore(earliest) || d.isAfter(latest)).sorted().findFirst()
                .ifPresent(d -> errors.add(new FieldError("dates", "tourplanning.input.error.far", d, earliest, latest)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var stored = repository.findById(trainerId).orElseGet(() -> new TrainerUnavailability(trainerId));
        stored.change(new TreeSet<>(unavailable), maxPerWeek);
        var saved = repository.save(stored);
        log.info("Availability of trainer {} saved: {} unavailable day(s), at most {} a week", trainerId,
                unavailable.size(), maxPerWeek == null ? "any" : maxPerWeek);
        return availability(trainer, saved);
    }

    private Trainer trainer(long trainerId) {
        return trainers.all().stream().filter(t -> t.getId() == trainerId).findFirst()
                .orElseThrow(() -> new NotFoundException("trainer", trainerId));
    }

    private static Availability availability(Trainer trainer, @Nullable TrainerUnavailability stored) {
        return stored == null ? new Availability(trainer.getId(), trainer.getName(), List.of(), null)
                : new Availability(trainer.getId(), trainer.getName(), List.copyOf(stored.getDates()), stored.getMaxPerWeek());
    }
}
