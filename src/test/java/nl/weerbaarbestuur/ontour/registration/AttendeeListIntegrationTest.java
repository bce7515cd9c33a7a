package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The attendee list of organisers and griffies: scope by the person's province, paging and the staff actions. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class AttendeeListIntegrationTest {

    @Autowired Attendees attendees;
    @Autowired AttendeeMessages messages;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SeatCounts counts;
    @Autowired RegistrationAdministration administration;
    @Autowired RegistrationRepository repository;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired EntityManager entityManager;

    private PlanningFixture planning;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        planning = new PlanningFixture(context);
        SignInAs.role(Role.ORGANISER);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    /** A published session of the fixture: 30 seats, a month from now. */
    private long session(String province) {
        return planning.publishedSession(province, PlanningFixture.uniqueTitle("Lijst"), Duration.ofDays(30)).getId();
    }

    private long onBehalf(long session, String name, String province) {
        return administration.registerOnBehalf(session, new ParticipantDetails(name,
                name.toLowerCase().replace(' ', '.').replace("'", "") + "@example.nl", ParticipantFunction.STATENLID,
                province, "Fractie " + province, null, null, null, "nl")).registrationId();
    }

    @Test
    void a_griffie_of_another_province_gets_nothing_and_cannot_act_on_the_list() {
        long session = session("UT");
        long utrechter = onBehalf(session, "Uma Utrecht", "UT");

        var frisian = SignInAs.withoutAccount(Role.GRIFFIE, "FR");
        var page = SignInAs.as(frisian, () -> attendees.page(session, AttendeeFilter.all(), PageRequest.of(0, 50)));
        assertThat(page.getContent()).isEmpty();
        assertThat(page.getTotalElements()).isZero();
        assertThat(SignInAs.as(frisian, () -> attendees.count(session, AttendeeFilter.all()))).isZero();
        assertThat(SignInAs.as(frisian, () -> attendees.all(session, AttendeeFilter.all()))).isEmpty();
        assertThatThrownBy(() -> SignInAs.as(frisian, () -> administration.remove(utrechter)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignInAs.as(frisian, () -> attendees.ofProvince("UT", Set.of())))
                .isInstanceOf(AccessDeniedException.class);

        var utrecht = SignInAs.withoutAccount(Role.GRIFFIE, "UT");
        assertThat(SignInAs.as(utrecht, () -> attendees.page(session, AttendeeFilter.all(), PageRequest.of(0, 50)))
                .getContent()).extracting(Attendee::registrationId).containsExactly(utrechter);
    }

    @Test
    void a_griffie_sees_its_own_people_in_a_session_held_elsewhere_and_no_one_else() {
        long session = session("GR");
        long frisian = onBehalf(session, "Fenna Fries", "FR");
        onBehalf(session, "Gert Groninger", "GR");

        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "FR");
        var seen = SignInAs.as(griffie, () -> attendees.all(session, AttendeeFilter.all()));
        assertThat(seen).extracting(Attendee::registrationId).containsExactly(frisian);
        assertThat(attendees.all(session, AttendeeFilter.all())).as("the organiser sees both").hasSize(2);
    }

    @Test
    void the_list_pages_searches_and_filters_by_status_in_the_database() {
        long session = session("NH");
        for (int i = 0; i < 35; i++) {
            onBehalf(session, "Persoon %02d".formatted(i), "NH");
        }
        long special = onBehalf(session, "Dirk-Jan d'Ancona", "NH");

        var first = attendees.page(session, AttendeeFilter.all(), PageRequest.of(0, 10));
        assertThat(first.getContent()).hasSize(10);
        assertThat(first.getTotalElements()).isEqualTo(36);
        assertThat(first.getContent().getFirst().fullName()).isEqualTo("Dirk-Jan d'Ancona");
        assertThat(attendees.page(session, AttendeeFilter.all(), PageRequest.of(3, 10)).getContent()).hasSize(6);

        assertThat(attendees.all(session, new AttendeeFilter("D'ANC", Set.of()))).extracting(Attendee::registrationId)
                .containsExactly(special);
        assertThat(attendees.count(session, new AttendeeFilter("persoon.0", Set.of()))).as("search on e-mail").isEqualTo(10);
        assertThat(attendees.count(session, new AttendeeFilter("100%", Set.of()))).as("a % is taken literally").isZero();
        assertThat(attendees.count(session, new AttendeeFilter("", EnumSet.of(RegistrationStatus.WAITLISTED)))).isEqualTo(6);
        assertThat(attendees.count(session, new AttendeeFilter("", EnumSet.of(RegistrationStatus.CONFIRMED)))).isEqualTo(30);
    }

    @Test
    void removing_a_confirmed_attendee_frees_the_seat_for_the_first_on_the_waitlist() {
        long session = session("ZE");
        long firstSeat = 0;
        for (int i = 0; i < 30; i++) {
            long id = onBehalf(session, "Zeeuw %02d".formatted(i), "ZE");
            if (i == 0) {
                firstSeat = id;
            }
        }
        long waiting = onBehalf(session, "Wachtende Een", "ZE");
        long later = onBehalf(session, "Wachtende Twee", "ZE");
        assertThat(repository.findById(waiting).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);

        long removed = firstSeat;
        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "ZE");
        SignInAs.as(griffie, () -> administration.remove(removed));

        assertThat(repository.findById(removed).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(repository.findById(waiting).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(repository.findById(later).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(counts.of(session).confirmed()).isEqualTo(30);
        assertThatThrownBy(() -> administration.remove(removed)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void moving_someone_cancels_here_registers_there_and_keeps_the_manage_link() {
        var a = planning.publishedSession("FL", PlanningFixture.uniqueTitle("Van"), Duration.ofDays(20));
        var b = planning.publishedSession("FL", PlanningFixture.uniqueTitle("Naar"), Duration.ofDays(40));
        var receipt = administration.registerOnBehalf(a.getId(), new ParticipantDetails("Mo Verhuizer", "mo@example.nl",
                ParticipantFunction.GEDEPUTEERDE, "FL", null, "rolstoel", null, null, "nl"));

        var outcome = administration.move(receipt.registrationId(), b.getId());

        assertThat(outcome.sessionId()).isEqualTo(b.getId());
        assertThat(outcome.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(repository.findById(receipt.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        var moved = registrations.byManageToken(receipt.manageToken());
        assertThat(moved.sessionId()).isEqualTo(b.getId());
        assertThat(moved.accessibilityNeeds()).isEqualTo("rolstoel");
        assertThatThrownBy(() -> administration.move(outcome.registrationId(), b.getId()))
                .as("not to the session it is already in").isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_message_goes_once_to_each_confirmed_attendee_the_user_may_see() {
        long session = session("LI");
        onBehalf(session, "Lies Limburg", "LI");
        onBehalf(session, "Lars Limburg", "LI");
        onBehalf(session, "Bram Brabant", "NB");

        var subject = PlanningFixture.uniqueTitle("Parkeren");
        int queued = SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "LI"),
                () -> messages.messageConfirmed(session, subject, "Parkeer achter het huis."));

        assertThat(queued).isEqualTo(2);
        var recipients = entityManager.createQuery("select m from OutboxMessage m where m.subject = :subject",
                OutboxMessage.class).setParameter("subject", subject).getResultList();
        assertThat(recipients).extracting(OutboxMessage::getRecipient)
                .containsExactlyInAnyOrder("lies.limburg@example.nl", "lars.limburg@example.nl");
    }

    @Test
    void a_session_with_a_thousand_registrations_is_read_one_page_at_a_time() {
        long session = session("GE");
        var now = clock.instant();
        var many = new java.util.ArrayList<Registration>();
        for (int i = 0; i < 1000; i++) {
            many.add(Registration.onBehalf(session, new ParticipantDetails("Gelderlander %04d".formatted(i),
                    "g%04d@example.nl".formatted(i), ParticipantFunction.STATENLID, "GE", null, null, null, null, "nl"),
                    MadeBy.ORGANISER, "organisator@test.ontour.nl", nl.weerbaarbestuur.ontour.shared.SecretTokens.hash(nl.weerbaarbestuur.ontour.shared.SecretTokens.newToken()), now));
        }
        repository.saveAll(many);

        long started = System.nanoTime();
        var first = attendees.page(session, AttendeeFilter.all(), PageRequest.of(0, 50));
        var last = attendees.page(session, AttendeeFilter.all(), PageRequest.of(19, 50));
        long count = attendees.count(session, new AttendeeFilter("gelderlander 09", Set.of()));
        System.out.printf("Attendee list of 1000: two pages and a count in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(first.getContent()).hasSize(50);
        assertThat(first.getTotalElements()).isEqualTo(1000);
        assertThat(last.getContent()).hasSize(50);
        assertThat(last.getContent().getLast().fullName()).isEqualTo("Gelderlander 0999");
        assertThat(count).isEqualTo(100);
        assertThat(attendees.page(session, AttendeeFilter.all(), PageRequest.of(0, 5000)).getContent())
                .as("no caller reads more than one bounded page at once").hasSize(Attendees.MAX_PAGE);
    }
}
