package nl.weerbaarbestuur.ontour.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Plans sessions straight through the (package-private) repositories, for tests of other modules
 * that need sessions to look at. Times are relative to the application's clock, so that "upcoming"
 * stays upcoming whenever the suite runs.
 */
public final class PlanningFixture {

    private final TourRepository tours;
    private final TrainerRepository trainers;
    private final TrainingSessionRepository sessions;
    private final Clock clock;
    private Tour tour;

    public PlanningFixture(ApplicationContext context) {
        this.tours = context.getBean(TourRepository.class);
        this.trainers = context.getBean(TrainerRepository.class);
        this.sessions = context.getBean(TrainingSessionRepository.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A title no other test or earlier run uses. */
    public static String uniqueTitle(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Instant now() {
        return clock.instant();
    }

    public Trainer trainer(String name, String email) {
        return trainers.save(new Trainer(name, email, "Ondersteuningsteam Weerbaar Bestuur"));
    }

    /** A published online session of two hours, starting this long from now (negative: in the past). */
    public TrainingSession publishedSession(String provinceCode, String title, Duration fromNow, Trainer... leaders) {
        return publishedSession(provinceCode, title, fromNow, 30, leaders);
    }

    /** The same with a capacity of its own (a small one fills up and gets a waitlist). */
    public TrainingSession publishedSession(String provinceCode, String title, Duration fromNow, int capacity,
                                            Trainer... leaders) {
        var startsAt = clock.instant().plus(fromNow);
        var session = new TrainingSession(tour(), provinceCode, title, startsAt, startsAt.plus(Duration.ofHours(2)),
                SessionFormat.ONLINE, capacity, Audience.BOTH);
        session.holdAt(null, "https://meet.example.org/test");
        session.assignTrainers(Set.of(leaders));
        session.publish();
        return sessions.save(session);
    }

    /** A draft (not yet published) online session of two hours, starting this long from now. */
    public TrainingSession draftSession(String provinceCode, String title, Duration fromNow, Trainer... leaders) {
        var startsAt = clock.instant().plus(fromNow);
        var session = new TrainingSession(tour(), provinceCode, title, startsAt, startsAt.plus(Duration.ofHours(2)),
                SessionFormat.ONLINE, 30, Audience.BOTH);
        session.holdAt(null, "https://meet.example.org/test");
        session.assignTrainers(Set.of(leaders));
        return sessions.save(session);
    }

    /** The tour this fixture plans its sessions in (made on first use). */
    public long tourId() {
        return tour().getId();
    }

    private Tour tour() {
        if (tour == null) {
            var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            tour = tours.save(new Tour(uniqueTitle("Testtour"), null, today.minusMonths(1), today.plusYears(1),
                    "ontour@test.ontour.nl"));
        }
        return tour;
    }
}
