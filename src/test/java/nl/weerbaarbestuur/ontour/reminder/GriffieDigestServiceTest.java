package nl.weerbaarbestuur.ontour.reminder;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
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
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.security.UserAccountService.GriffieContact;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The griffie digest: its province's changes only, once a day, nothing when nothing changed, and a working unsubscribe link. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class GriffieDigestServiceTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/digest/afmelden/([A-Za-z0-9_-]+)");

    @Autowired GriffieDigestService digests;
    @Autowired UserAccountService accounts;
    @Autowired RegistrationAdministration registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired MailOutbox outbox;
    @Autowired MutableClock clock;

    private String tag;

    @BeforeEach
    void now() {
        clock.set(FixedClockConfiguration.NOW.plus(Duration.ofDays(3)));
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static <T> T asOrganiser(java.util.function.Supplier<T> action) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), action);
    }

    private GriffieContact griffie(String province) {
        var created = asOrganiser(() -> accounts.create(TestAccounts.uniqueEmail("griffie-" + province.toLowerCase()),
                "Griffie " + province + " " + tag, Role.GRIFFIE, Set.of(province)));
        return accounts.activeGriffieUsers().stream().filter(u -> u.id() == created.account().getId()).findFirst().orElseThrow();
    }

    private long session(String province) {
        return asOrganiser(() -> {
            var tour = tours.create("Digesttour " + tag + province, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    "ontour@test.nl");
            var start = LocalDateTime.of(2027, 6, 8, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var s = sessions.create(new SessionPlan(tour.getId(), province, "Sessie " + province + " " + tag, null, null, start,
                    start.plus(Duration.ofHours(2)), venues.optionsFor(province).getFirst().getId(), SessionFormat.IN_PERSON, null,
                    20, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(s.getId());
            return s.getId();
        });
    }

    private void register(long session, String name, String province) {
        asOrganiser(() -> registrations.registerOnBehalf(session, new ParticipantDetails(name + " " + tag,
                name.toLowerCase() + "." + tag + "@example.nl", ParticipantFunction.STATENLID, province, "Fractie X",
                null, null, null, "nl")));
    }

    private java.util.List<OutboxMessage> digestsTo(GriffieContact user) {
        return asOrganiser(() -> outbox.search(new MailOutbox.LogFilter(null, "GRIFFIE_DIGEST", user.email()), 0, 1000).stream()
                .filter(m -> m.getType().equals("GRIFFIE_DIGEST") && m.getRecipient().equals(user.email())).toList());
    }

    @Test
    void a_digest_lists_its_provinces_changes_once_and_nothing_of_other_provinces() {
        var utrecht = griffie("UT");
        long inUtrecht = session("UT");
        long inFriesland = session("FR");
        register(inUtrecht, "Anna", "UT");       // from Utrecht, held in Utrecht
        register(inFriesland, "Bram", "UT");     // from Utrecht, held elsewhere
        register(inUtrecht, "Cor", "FR");        // from elsewhere, held in Utrecht
        register(inFriesland, "Dirk", "FR");     // nothing to do with Utrecht
        clock.advance(Duration.ofHours(12));

        assertThat(digests.digestFor(utrecht)).isTrue();
        assertThat(digests.digestFor(utrecht)).as("nothing new since").isFalse();

        var sent = digestsTo(utrecht);
        assertThat(sent).hasSize(1);
        var text = sent.getFirst().getText();
        assertThat(sent.getFirst().getSubject()).contains("Utrecht");
        assertThat(sent.getFirst().getListUnsubscribe()).contains("/api/v1/digest/unsubscribe/");
        assertThat(text).contains("Anna " + tag, "Bram " + tag, "Cor " + tag, "Statenlid, Fractie X", "bevestigd",
                "Sessie UT " + tag, "Sessie FR " + tag).doesNotContain("Dirk " + tag);
    }

    @Test
    void nothing_changed_means_no_digest() {
        var zeeland = griffie("ZE");
        clock.advance(Duration.ofDays(400)); // far from any other test's registrations
        assertThat(digests.digestFor(zeeland)).isFalse();
        assertThat(digestsTo(zeeland)).isEmpty();
    }

    @Test
    void the_unsubscribe_link_of_the_digest_turns_it_off_and_a_wrong_link_does_nothing() {
        var groningen = griffie("GR");
        register(session("GR"), "Eva", "GR");
        clock.advance(Duration.ofHours(1));
        assertThat(digests.digestFor(groningen)).isTrue();
        var matcher = UNSUBSCRIBE.matcher(digestsTo(groningen).getFirst().getText());
        assertThat(matcher.find()).isTrue();

        assertThat(digests.unsubscribe("not-a-token")).isFalse();
        assertThat(digests.recipients()).extracting(GriffieContact::id).contains(groningen.id());

        assertThat(digests.unsubscribe(matcher.group(1))).isTrue();
        assertThat(digests.recipients()).extracting(GriffieContact::id).doesNotContain(groningen.id());
        clock.advance(Duration.ofDays(1));
        register(session("GR"), "Fenna", "GR");
        clock.advance(Duration.ofHours(1));
        assertThat(digests.digestFor(groningen)).isFalse();
        assertThat(digests.unsubscribe(matcher.group(1))).as("the link works once").isFalse();
    }
}
