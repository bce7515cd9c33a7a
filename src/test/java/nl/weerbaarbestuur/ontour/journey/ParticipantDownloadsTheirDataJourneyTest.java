package nl.weerbaarbestuur.ontour.journey;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant opens their manage link, downloads "my data" as JSON (the file is parsed: their
 * name, their registration) and opens the readable page of the same data.
 */
@BrowserJourney
class ParticipantDownloadsTheirDataJourneyTest {

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired RegistrationAdministration registrations;

    @Test
    void a_participant_downloads_their_data_from_the_manage_page(Page page) throws Exception {
        var start = LocalDate.now().plusDays(30).atTime(LocalTime.of(19, 0)).atZone(DutchTime.ZONE).toInstant();
        var name = "Inge Inzage " + UUID.randomUUID().toString().substring(0, 6);
        var email = "inge-" + UUID.randomUUID().toString().substring(0, 6) + "@example.nl";
        var receipt = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Journey inzage " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusYears(1), "t@test.nl");
            var created = sessions.create(new SessionPlan(tour.getId(), "UT", "Weerbaar in Utrecht", null,
                    "Een avond over agressie en intimidatie.", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("UT").getFirst().getId(), SessionFormat.IN_PERSON, null, 10, Audience.BOTH, Set.of(),
                    null, null, false));
            sessions.publish(created.getId());
            return registrations.registerOnBehalf(created.getId(), new ParticipantDetails(name, email,
                    ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"));
        });

        Steps.open(page, "/mijn/" + receipt.manageToken(), "#inzage-json");
        var download = page.waitForDownload(() -> page.click("#inzage-json"));

        assertThat(download.suggestedFilename()).isEqualTo("mijn-gegevens.json");
        var json = JsonMapper.builder().build().readTree(Files.readString(download.path(), StandardCharsets.UTF_8));
        assertThat(json.get("subject").get("name").asString()).isEqualTo(name);
        assertThat(json.get("subject").get("email").asString()).isEqualTo(email);
        assertThat(json.get("registrations").get(0).get("id").asLong()).isEqualTo(receipt.registrationId());
        assertThat(json.get("generatedAt").asString()).isNotBlank();

        page.click("#inzage-page");
        page.waitForSelector("#inzage-subject");
        assertThat(page.locator("#inzage-subject")).containsText(name);
        Steps.screenshot(page, "inzage-page");
    }
}
