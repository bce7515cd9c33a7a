package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs in (an Authentication with a {@link SignedInUser} principal in the security context, which
 * both Vaadin's view access control and the services' {@code @RolesAllowed} read) and creates
 * unique test data, so that the tests share one in-memory database without seeing each other.
 */
abstract class PlanningUiTestSupport extends SpringBrowserlessTest {

    static final String ORGANISER = "admin@test.ontour.nl";

    @Autowired
    TourService tours;
    @Autowired
    SessionService sessions;
    @Autowired
    PlanningService planning;
    @Autowired
    VenueService venues;
    @Autowired
    TrainerService trainers;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(Role.ORGANISER, ORGANISER, Set.of());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(Role role, String email, Set<String> provinces) {
        var user = new SignedInUser(0, email, "Test " + role, role, provinces, "", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Tour newTour() {
        return tours.create(unique("Testtour"), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                "tour@test.ontour.nl");
    }

    /** An in-person session at the provinciehuis, 19:00-21:30 Amsterdam time. */
    SessionPlan plan(Tour tour, String province, String title, LocalDate date, Set<Long> trainerIds) {
        var venue = venues.optionsFor(province).getFirst().getId();
        return new SessionPlan(tour.getId(), province, title, null, null,
                date.atTime(19, 0).atZone(DutchTime.ZONE).toInstant(),
                date.atTime(LocalTime.of(21, 30)).atZone(DutchTime.ZONE).toInstant(),
                venue, SessionFormat.IN_PERSON, null, 30, Audience.BOTH, trainerIds, null, null, false);
    }

    /** A published hybrid session of this plan's kind, with two people on location, one online and one registered by the organiser. */
    SessionFacts hybridWithRegistrations(Tour tour, String province, String title, LocalDate date,
                                         nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations registrations,
                                         nl.weerbaarbestuur.ontour.registration.RegistrationAdministration administration) {
        var base = plan(tour, province, title, date, Set.of());
        var session = sessions.create(new SessionPlan(base.tourId(), province, title, null, null, base.startsAt(), base.endsAt(),
                base.venueId(), SessionFormat.HYBRID, "https://meet.example.nl/hybride", 30, Audience.BOTH, Set.of(), null, null, false));
        sessions.publish(session.getId());
        for (var mode : java.util.List.of(nl.weerbaarbestuur.ontour.registration.AttendanceMode.IN_PERSON,
                nl.weerbaarbestuur.ontour.registration.AttendanceMode.IN_PERSON,
                nl.weerbaarbestuur.ontour.registration.AttendanceMode.ONLINE)) {
            var receipt = registrations.request(session.getId(), new nl.weerbaarbestuur.ontour.registration.ParticipantDetails(
                    "Deelnemer " + mode, unique("hybride").replace(' ', '-') + "@example.nl",
                    nl.weerbaarbestuur.ontour.registration.ParticipantFunction.STATENLID, province, null, null, null, null, "nl", mode), true);
            registrations.confirm(receipt.confirmationToken());
        }
        administration.registerOnBehalf(session.getId(), new nl.weerbaarbestuur.ontour.registration.ParticipantDetails(
                "Door de organisator", unique("organisator").replace(' ', '-') + "@example.nl",
                nl.weerbaarbestuur.ontour.registration.ParticipantFunction.STATENLID, province, null, null, null, null, "nl"));
        return planning.find(session.getId()).orElseThrow();
    }

    java.util.List<SessionFacts> sessionsOf(Tour tour) {
        return planning.search(new SessionFilter(tour.getId(), null, null, null, null, null));
    }

    /** Navigates with route and query parameters, as a link from the map or the list would. */
    @SuppressWarnings("unchecked")
    <T extends Component> T open(Class<T> view, RouteParameters route, QueryParameters query) {
        UI.getCurrent().navigate(view, route, query);
        return (T) getCurrentView();
    }
}
