package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** What a stranger can do with someone's address, and what the logs keep of it. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class RegistrationAbuseIntegrationTest {

    @Autowired ParticipantRegistrations registrations;
    @Autowired RegistrationAdministration administration;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private long session;

    @BeforeEach
    void aPublishedSession() {
        clock.set(FixedClockConfiguration.NOW);
        session = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Misbruiktour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = LocalDateTime.of(2027, 5, 12, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "UT", "Weerbaar", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("UT").getFirst().getId(), SessionFormat.IN_PERSON,
                    null, 10, Audience.BOTH, Set.of(), null, start.minus(Duration.ofDays(1)), false));
            sessions.publish(created.getId());
            return created.getId();
        });
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static ParticipantDetails person(String name, String email) {
        return new ParticipantDetails(name, email, ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl");
    }

    @Test
    void repeated_requests_add_links_up_to_a_few_and_the_first_link_always_keeps_working() {
        var email = "veel-" + UUID.randomUUID() + "@example.nl";
        var first = registrations.request(session, person("Lotte Link", email), true);
        var repeats = new ArrayList<String>();
        for (int i = 0; i < ParticipantRegistrations.MAX_EXTRA_LINKS + 2; i++) {
            clock.advance(Duration.ofSeconds(1));
            repeats.add(registrations.request(session, person("Lotte Link", email), true).manageToken());
        }

        assertThat(registrations.byManageToken(first.manageToken()).registrationId()).isEqualTo(first.registrationId());
        for (var kept : repeats.subList(2, repeats.size())) {
            assertThat(registrations.byManageToken(kept).registrationId()).isEqualTo(first.registrationId());
        }
        for (var dropped : repeats.subList(0, 2)) {
            assertThatThrownBy(() -> registrations.byManageToken(dropped)).isInstanceOf(BusinessRuleException.class);
        }
        // Any active link works for cancelling too.
        registrations.cancel(repeats.getLast());
        assertThat(registrations.byManageToken(first.manageToken()).status()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void a_name_that_carries_a_link_never_reaches_a_mail() {
        var email = "phish-" + UUID.randomUUID() + "@example.nl";

        assertThatThrownBy(() -> registrations.request(session, person("Klik hier: https://evil.example/login", email), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("fullName") && err.messageKey().equals("field.no-links")));
        assertThatThrownBy(() -> registrations.request(session, person("Zie www.evil.example", email), true))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registrations.request(session, person("Anna \u202Eevil", email), true))
                .isInstanceOf(InvalidInputException.class);

        var mails = jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Long.class, email);
        assertThat(mails).isZero();
    }

    /**
     * A stranger registers as a Statenlid with an address that looks like the province's own on
     * the griffie's list (a Cyrillic "а" in the domain): refused with its own message, and nothing
     * is stored or mailed, also through the griffie's list upload.
     */
    @Test
    void an_address_with_a_look_alike_letter_is_refused_and_gets_no_mail() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var lookAlike = "statenlid-" + tag + "@provincie-utr\u0435cht.nl";

        assertThatThrownBy(() -> registrations.request(session, person("Sam Schijn", lookAlike), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.field().equals("email") && err.messageKey().equals("field.email-not-plain")));
        assertThatThrownBy(() -> registrations.request(session, person("Sam Schijn", "statenlid-" + tag + "\u200B@example.nl"), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.messageKey().equals("field.email-not-plain")));

        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient like ?", Long.class,
                "statenlid-" + tag + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from registration where email like ?", Long.class,
                "statenlid-" + tag + "%")).isZero();
    }

    @Test
    void a_registration_leaves_no_email_address_and_no_token_in_the_log() {
        var logger = (Logger) LoggerFactory.getLogger("nl.weerbaarbestuur");
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        var email = "stil-" + UUID.randomUUID() + "@example.nl";
        try {
            var receipt = registrations.request(session, person("Sam Stil", email), true);
            var again = registrations.request(session, person("Sam Stil", email), true);
            registrations.confirm(receipt.confirmationToken());
            registrations.changeNeeds(again.manageToken(), "rolstoel", null, null);
            SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> administration.remove(receipt.registrationId()));

            assertThat(appender.list).isNotEmpty();
            for (var event : appender.list) {
                var line = event.getFormattedMessage();
                // An e-mail address, not a calendar UID such as reg-12-session-7@ontour.
                assertThat(line).doesNotContainPattern("[^\\s@<>]+@[^\\s@<>]+\\.[A-Za-z]{2,}")
                        .doesNotContain(email, receipt.confirmationToken(), receipt.manageToken(), again.manageToken());
            }
        } finally {
            logger.detachAppender(appender);
        }
    }
}
