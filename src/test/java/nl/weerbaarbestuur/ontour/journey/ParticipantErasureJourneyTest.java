package nl.weerbaarbestuur.ontour.journey;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant opens their manage link, chooses "Verwijder mijn gegevens", confirms, and lands on
 * the done page; the same link then shows nothing of them.
 */
@BrowserJourney
class ParticipantErasureJourneyTest {

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;

    @Test
    void a_participant_erases_their_data_from_the_manage_link_and_the_link_then_shows_nothing(Page page) {
        var start = LocalDate.now().plusDays(40).atTime(LocalTime.of(19, 0)).atZone(DutchTime.ZONE).toInstant();
        long session = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Journey verwijderen " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusYears(1), "t@test.nl");
            var created = sessions.create(new SessionPlan(tour.getId(), "FL", "Weerbaar in Flevoland", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("FL").getFirst().getId(), SessionFormat.IN_PERSON, null,
                    10, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        var name = "Eva Erasmus " + UUID.randomUUID().toString().substring(0, 6);
        var email = "eva-" + UUID.randomUUID().toString().substring(0, 6) + "@example.nl";
        var receipt = registrations.request(session, new ParticipantDetails(name, email, ParticipantFunction.STATENLID, "FL",
                "Fractie Flevo", "Rolstoel", null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());

        Steps.open(page, "/mijn/" + receipt.manageToken(), "#manage-status");
        assertThat(page.locator("#manage-status")).containsText("bevestigd");
        page.click("#erasure-start");
        assertThat(page.getByText("Alle aanmeldingen met e•••@e•••.nl")).isVisible();
        Steps.screenshot(page, "erasure-confirm-dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijder mijn gegevens")).click();
        page.waitForSelector("#erasure-done");
        assertThat(page.locator("#erasure-done")).hasText("Uw gegevens zijn verwijderd");

        Steps.open(page, "/mijn/" + receipt.manageToken(), "#manage-error");
        var text = Steps.allText(page);
        assertThat(text).doesNotContain(name).doesNotContain(email).doesNotContain("Rolstoel").doesNotContain("Fractie Flevo");
        assertThat(page.locator("#manage-status")).hasCount(0);
    }
}
