package nl.weerbaarbestuur.ontour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/**
 * Trainers' invites: REQUEST on publish, a higher SEQUENCE when the session moves, CANCEL when taken
 * off. Planning's events reach the calendar module's listeners after commit; each step waits until
 * the outbox holds as many invites as it should (a list that is merely not empty would end the wait
 * at once from the second step on, before the listeners ran).
 */
@CalendarModuleTest
class TrainerInvitesTest {

    private static final Pattern SEQUENCE = Pattern.compile("SEQUENCE:(\\d+)");

    @Autowired nl.weerbaarbestuur.ontour.shared.DataEncryption encryption; // the bodies are stored encrypted

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired JdbcTemplate jdbc;
    @Autowired nl.weerbaarbestuur.ontour.testsupport.MutableClock clock;

    private static <T> T asOrganiser(java.util.function.Supplier<T> action) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), action);
    }

    record Mail(String key, String method, String ics, String subject) {
        int sequence() {
            var m = SEQUENCE.matcher(ics);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
    }

    /** The trainer invites to this address in the outbox, oldest first. */
    private List<Mail> mailsTo(String email) {
        return jdbc.query("select message_key, calendar_method, calendar_ics, subject from outbox_message where recipient = ? "
                        + "and message_type = 'TRAINER_INVITE' order by id", (rs, n) -> new Mail(rs.getString(1), rs.getString(2),
                        encryption.decrypt(rs.getString(3)), rs.getString(4)), email);
    }

    private static Predicate<List<Mail>> atLeast(int count) {
        return mails -> mails.size() >= count;
    }

    /** What Anna and Bram have been sent. */
    record Invites(List<Mail> anna, List<Mail> bram) {
    }

    @Test
    void a_trainer_is_invited_updated_and_cancelled_with_one_uid_and_a_rising_sequence(Scenario scenario) {
        clock.set(FixedClockConfiguration.NOW); // other tests move the shared clock
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var annaMail = "anna." + tag + "@trainers.example.nl";
        var bramMail = "bram." + tag + "@trainers.example.nl";
        var anna = asOrganiser(() -> trainers.create("Anna Trainer", annaMail, "Ondersteuningsteam"));
        var bram = asOrganiser(() -> trainers.create("Bram Trainer", bramMail, "Ondersteuningsteam"));
        long session = asOrganiser(() -> {
            var tour = tours.create("Trainertour " + tag, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    "tour@weerbaarbestuur.nl");
            var start = LocalDateTime.of(2027, 4, 21, 19, 0).atZone(DutchTime.ZONE).toInstant();
            return sessions.create(new SessionPlan(tour.getId(), "GR", "Weerbaar in Groningen", null, null, start,
                    start.plus(Duration.ofHours(2)), venues.optionsFor("GR").getFirst().getId(), SessionFormat.IN_PERSON, null,
                    20, Audience.BOTH, Set.of(anna.getId()), null, null, false)).getId();
        });

        scenario.stimulate(() -> asOrganiser(() -> sessions.publish(session)))
                .andWaitForStateChange(() -> mailsTo(annaMail), atLeast(1))
                .andVerify(annas -> {
                    var first = annas.getFirst();
                    assertThat(first.method()).isEqualTo("REQUEST");
                    assertThat(first.subject()).isEqualTo("Uw sessie als trainer: Weerbaar in Groningen");
                    assertThat(first.ics()).contains("METHOD:REQUEST",
                            "UID:trainer-" + anna.getId() + "-session-" + session + "@ontour", "Anna Trainer");
                });

        scenario.stimulate(() -> asOrganiser(() -> { // two hours later, and Bram instead of Anna
                    var plan = sessions.planOf(session);
                    return sessions.update(session, sessions.get(session).getVersion(), new SessionPlan(plan.tourId(),
                            plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                            plan.startsAt().plus(Duration.ofHours(2)), plan.endsAt().plus(Duration.ofHours(2)), plan.venueId(),
                            plan.format(), plan.meetingUrl(), plan.capacity(), plan.audience(), Set.of(bram.getId()),
                            plan.registrationOpensAt(), plan.registrationClosesAt(), plan.griffieApprovalRequired()));
                }))
                .andWaitForStateChange(() -> new Invites(mailsTo(annaMail), mailsTo(bramMail)),
                        sent -> sent.anna().size() >= 2 && !sent.bram().isEmpty())
                .andVerify(sent -> {
                    var annas = sent.anna();
                    var cancel = annas.get(annas.size() - 1);
                    assertThat(cancel.method()).isEqualTo("CANCEL");
                    assertThat(cancel.ics()).contains("METHOD:CANCEL", "STATUS:CANCELLED",
                            "UID:trainer-" + anna.getId() + "-session-" + session);
                    assertThat(cancel.sequence()).isGreaterThan(annas.getFirst().sequence());

                    var brams = sent.bram();
                    assertThat(brams).allSatisfy(m -> assertThat(m.method()).isEqualTo("REQUEST"));
                    assertThat(brams.getLast().ics()).contains("UID:trainer-" + bram.getId() + "-session-" + session,
                            "Bram Trainer").doesNotContain("Anna Trainer");
                });
    }
}
