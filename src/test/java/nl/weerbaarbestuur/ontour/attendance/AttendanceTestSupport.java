package nl.weerbaarbestuur.ontour.attendance;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationReceipt;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;

/**
 * Plans sessions and registers people through the real services (as an organiser), for the
 * attendance and results tests. Sessions are on 11 May 2027, 19:00-21:30 Amsterdam time, unless
 * a test gives another day.
 */
public final class AttendanceTestSupport {

    public static final LocalDate SESSION_DAY = LocalDate.of(2027, 5, 11);

    private final TourService tours;
    private final SessionService sessions;
    private final VenueService venues;
    private final TrainerService trainers;
    private final RegistrationAdministration registrations;

    public AttendanceTestSupport(TourService tours, SessionService sessions, VenueService venues,
                                 TrainerService trainers, RegistrationAdministration registrations) {
        this.tours = tours;
        this.sessions = sessions;
        this.venues = venues;
        this.trainers = trainers;
        this.registrations = registrations;
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(DutchTime.ZONE).toInstant();
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public long tour() {
        return organiser(() -> tours.create(unique("Aanwezigheidstour"), null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "ontour@test.nl").getId());
    }

    public long trainer(String email) {
        return organiser(() -> trainers.create("Trainer " + email, email, null).getId());
    }

    /** A published in-person session at the provinciehuis. */
    public long session(long tourId, String province, LocalDate day, int capacity, Long trainerId) {
        return organiser(() -> {
            var start = at(day, 19, 0);
            var plan = new SessionPlan(tourId, province, unique("Weerbaar"), null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor(province).getFirst().getId(),
                    SessionFormat.IN_PERSON, null, capacity, Audience.BOTH,
                    trainerId == null ? Set.of() : Set.of(trainerId), null, start.minus(Duration.ofDays(1)), false);
            var session = sessions.create(plan);
            sessions.publish(session.getId());
            return session.getId();
        });
    }

    public void complete(long sessionId) {
        organiser(() -> sessions.complete(sessionId));
    }

    /** Registered by an organiser: confirmed (or waitlisted) right away. */
    public RegistrationReceipt register(long sessionId, String name, String province, ParticipantFunction function) {
        return organiser(() -> registrations.registerOnBehalf(sessionId, person(name, province, function)));
    }

    public RegistrationReceipt register(long sessionId, String name, String province) {
        return register(sessionId, name, province, ParticipantFunction.STATENLID);
    }

    public static ParticipantDetails person(String name, String province, ParticipantFunction function) {
        return new ParticipantDetails(name, name.toLowerCase().replace(' ', '.').replace("'", "") + "@example.nl",
                function, province, "Fractie", null, null, null, "nl");
    }

    private static <T> T organiser(java.util.function.Supplier<T> action) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), action);
    }
}
