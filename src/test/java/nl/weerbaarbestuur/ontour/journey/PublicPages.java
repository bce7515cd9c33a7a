package nl.weerbaarbestuur.ontour.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.AttendanceMode;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;

/**
 * A published hybrid session with one registration waiting for its confirmation: what a
 * participant's pages need to show everything they can show.
 */
record PublicPages(long sessionId, String confirmationToken, String manageToken) {

    static PublicPages create(TourService tours, SessionService sessions, VenueService venues,
                              ParticipantRegistrations registrations) {
        var start = LocalDate.now().plusDays(30).atTime(LocalTime.of(19, 30)).atZone(DutchTime.ZONE).toInstant();
        long session = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Openbare pagina's " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusYears(1),
                    "t@test.nl");
            var created = sessions.create(new SessionPlan(tour.getId(), "ZH",
                    "Weerbaar besturen: omgaan met agressie, intimidatie en bedreiging in Zuid-Holland", null,
                    "Een avond over agressie en intimidatie, op locatie en online.", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("ZH").getFirst().getId(), SessionFormat.HYBRID, "https://meet.example.nl/weerbaar", 20,
                    Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        SignInAs.nobody();
        var email = "scan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        var receipt = registrations.request(session, new ParticipantDetails("Fatima El Amrani-van der Berg", email,
                ParticipantFunction.STATENLID, "ZH", null, null, null, null, "nl", AttendanceMode.IN_PERSON), true);
        return new PublicPages(session, receipt.confirmationToken(), receipt.manageToken());
    }
}
