package nl.weerbaarbestuur.ontour.planning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo tour with sessions in several provinces, relative to today so that they stay upcoming: one
 * within the next two weeks (hybrid, small, needing the griffie's approval), and one held two weeks
 * ago. The registration and attendance modules then add demo people to them ({@link DemoTourPlanned}).
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "ontour.demo-data")
class DemoPlanning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
    static final String TOUR_NAME = "Weerbaar Bestuur On Tour (demo)";

    private final TourRepository tours;
    private final TrainerRepository trainers;
    private final VenueRepository venues;
    private final TrainingSessionRepository sessions;
    private final ProvinceService provinces;
    private final Clock clock;
    private final DataEncryption encryption;
    private final ApplicationEventPublisher events;
    private final java.util.Map<String, Venue> venuesPlanned = new java.util.HashMap<>();

    DemoPlanning(TourRepository tours, TrainerRepository trainers, VenueRepository venues,
                 TrainingSessionRepository sessions, ProvinceService provinces, Clock clock, DataEncryption encryption,
                 ApplicationEventPublisher events) {
        this.encryption = encryption;
        this.events = events;
        this.tours = tours;
        this.trainers = trainers;
        this.venues = venues;
        this.sessions = sessions;
        this.provinces = provinces;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (tours.findByName(TOUR_NAME).isPresent()) {
            return;
        }
        var today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        var tour = tours.save(new Tour(TOUR_NAME,
                "Trainingen en gesprekken over agressie en intimidatie, langs alle twaalf provincies.",
                today.minusMonths(1), today.plusMonths(10), "ontour@demo.ontour.nl"));
        var trainer = trainers.save(new Trainer("Tim Trainer", "trainer@demo.ontour.nl", "Ondersteuningsteam Weerbaar Bestuur"));
        var colleague = trainers.save(new Trainer("Sara Spreker", "sara.spreker@demo.ontour.nl", "Politieacademie"));

        var firstTuesday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        // Within the dashboard's "next 14 days" (5 to 11 days from today): small and hybrid, so that it
        // fills up with a waitlist, and with the griffie's approval, so that one registration waits for it.
        var soon = plan(tour, "UT", "Kennismaken: weerbaar in de Staten", today.plusDays(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)),
                LocalTime.of(19, 0), 120, SessionFormat.HYBRID, 12, Set.of(trainer, colleague), true);
        soon.requireGriffieApproval(true);
        plan(tour, "UT", "Weerbaar in de Staten", firstTuesday, LocalTime.of(19, 0), 150, SessionFormat.IN_PERSON, Set.of(trainer), true);
        plan(tour, "GR", "Omgaan met bedreigingen online", firstTuesday.plusDays(2), LocalTime.of(14, 0), 150, SessionFormat.HYBRID, Set.of(trainer, colleague), true);
        plan(tour, "ZE", "Weerbaar in de Staten", firstTuesday.plusWeeks(1), LocalTime.of(19, 0), 150, SessionFormat.IN_PERSON, Set.of(colleague), true);
        plan(tour, "LI", "Melden en aangifte doen", firstTuesday.plusWeeks(2), LocalTime.of(19, 0), 120, SessionFormat.ONLINE, Set.of(trainer), true);
        plan(tour, "NH", "Weerbaar in de Staten", firstTuesday.plusWeeks(3), LocalTime.of(19, 0), 150, SessionFormat.IN_PERSON, Set.of(trainer), false);
        var held = plan(tour, "DR", "Weerbaar in de Staten", today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)),
                LocalTime.of(19, 0), 150, SessionFormat.IN_PERSON, Set.of(trainer), true);
        held.complete();
        // One closed session (besloten): not in the catalogue; the organiser and the Utrecht griffie see its invitation link.
        var closed = plan(tour, "UT", "Besloten bijeenkomst voor fractievoorzitters", firstTuesday.plusWeeks(4), LocalTime.of(16, 0),
                120, SessionFormat.IN_PERSON, Set.of(colleague), true);
        closed.markClosed(true);
        var token = SecretTokens.newToken();
        closed.invite(SecretTokens.hash(token), encryption.encrypt(token), clock.instant());
        log.info("Demo tour '{}' planned with {} sessions", TOUR_NAME, sessions.countByTour(tour));
        events.publishEvent(new DemoTourPlanned(tour.getId()));
    }

    private TrainingSession plan(Tour tour, String provinceCode, String title, LocalDate date, LocalTime start,
                                 int minutes, SessionFormat format, Set<Trainer> leaders, boolean publish) {
        return plan(tour, provinceCode, title, date, start, minutes, format, 30, leaders, publish);
    }

    private TrainingSession plan(Tour tour, String provinceCode, String title, LocalDate date, LocalTime start,
                                 int minutes, SessionFormat format, int capacity, Set<Trainer> leaders, boolean publish) {
        var startsAt = date.atTime(start).atZone(DutchTime.ZONE).toInstant();
        var session = new TrainingSession(tour, provinceCode, title, startsAt, startsAt.plusSeconds(minutes * 60L),
                format, capacity, Audience.BOTH);
        session.describe("Agressie en intimidatie",
                "Wat doe je als je wordt bedreigd, online of op straat? Ervaringen delen, handelingsperspectief en waar je steun vindt.");
        Venue venue = null;
        if (format.hasVenue()) {
            // One provinciehuis per province, however many sessions it hosts.
            venue = venuesPlanned.computeIfAbsent(provinceCode, code -> {
                var province = provinces.find(code).orElseThrow();
                return venues.save(new Venue(code, province.getVenueName(), province.getVenueStreet(),
                        province.getVenuePostcode(), province.getVenueCity(), "Statenzaal"));
            });
        }
        session.holdAt(venue, format.hasMeetingLink() ? "https://meet.example.org/ontour-" + provinceCode.toLowerCase() : null);
        session.assignTrainers(leaders);
        session.openRegistration(startsAt.minusSeconds(60L * 24 * 3600), startsAt.minusSeconds(24 * 3600));
        if (publish) {
            session.publish();
        }
        return sessions.save(session);
    }
}
