package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@Import(FixedClockConfiguration.class)
@RecordApplicationEvents
class RegistrationsIntegrationTest {

    /** What the repositories published on save (the registrations register their own events). */
    @Autowired ApplicationEvents events;

    private java.util.List<Object> published() {
        return events.stream().map(e -> e instanceof org.springframework.context.PayloadApplicationEvent<?> p
                ? p.getPayload() : (Object) e).toList();
    }

    @Autowired ParticipantRegistrations registrations;
    @Autowired Seats seats;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired SeatCounts counts;
    @Autowired RegistrationAdministration administration;
    @Autowired Attendees attendees;
    @Autowired RegistrationRepository repository;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired MutableClock clock;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    private long tourId;

    @BeforeEach
    void tour() {
        clock.set(FixedClockConfiguration.NOW);
        tourId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tours.create("Registratietour " + UUID.randomUUID(), null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "ontour@test.nl").getId());
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private long publishedSession(int capacity, boolean approval) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var start = LocalDateTime.of(2027, 5, 11, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var plan = new SessionPlan(tourId, "UT", "Weerbaar", null, null, start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("UT").getFirst().getId(), SessionFormat.IN_PERSON, null, capacity, Audience.BOTH,
                    Set.of(), null, start.minus(Duration.ofDays(1)), approval);
            var session = sessions.create(plan);
            sessions.publish(session.getId());
            return session.getId();
        });
    }

    private static ParticipantDetails person(String name) {
        return new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "@example.nl",
                ParticipantFunction.STATENLID, "Utrecht", "Fractie", null, null, null, "nl");
    }

    @Test
    void confirming_by_email_takes_a_seat_and_clicking_twice_changes_nothing() {
        long session = publishedSession(10, false);
        var receipt = registrations.request(session, person("Anna Jansen"), true);
        assertThat(repository.findById(receipt.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.PENDING_CONFIRMATION);
        assertThat(counts.of(session).confirmed()).as("pending holds no seat").isZero();

        var first = registrations.confirm(receipt.confirmationToken());
        var second = registrations.confirm(receipt.confirmationToken());

        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(second.alreadyConfirmed()).isTrue();
        assertThat(counts.of(session).confirmed()).isEqualTo(1);
    }

    @Test
    void the_pool_caches_statements_when_it_talks_to_mysql_or_mariadb_and_passes_nothing_to_h2() throws Exception {
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        if (nl.weerbaarbestuur.ontour.testsupport.TestDatabase.isExternal()) {
            assertThat(pool.getJdbcUrl()).startsWith("jdbc:mysql:");
            assertThat(pool.getDataSourceProperties()).containsEntry("cachePrepStmts", "true")
                    .containsEntry("useLocalSessionState", "true");
        } else {
            assertThat(pool.getJdbcUrl()).startsWith("jdbc:h2:");
            assertThat(pool.getDataSourceProperties()).doesNotContainKey("cachePrepStmts");
        }
    }

    @Test
    void asking_again_with_the_same_address_adds_a_manage_link_keeps_the_first_and_makes_no_duplicate() {
        long session = publishedSession(10, false);
        var first = registrations.request(session, person("Bram Bos"), true);
        var again = registrations.request(session, new ParticipantDetails("Bram Bos", "BRAM.BOS@example.nl",
                ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), true);

        assertThat(again.registrationId()).isEqualTo(first.registrationId());
        assertThat(again.repeated()).isTrue();
        assertThat(registrations.byManageToken(again.manageToken()).registrationId()).isEqualTo(first.registrationId());
        // Whoever typed the address again cannot kill the link its owner holds.
        assertThat(registrations.byManageToken(first.manageToken()).registrationId()).isEqualTo(first.registrationId());
    }

    @Test
    void unconfirmed_registrations_expire_after_48_hours_and_their_link_then_fails() {
        long session = publishedSession(10, false);
        var receipt = registrations.request(session, person("Cor Claassen"), true);
        clock.advance(Duration.ofHours(48));

        assertThatThrownBy(() -> registrations.confirm(receipt.confirmationToken()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("registration.error.token-expired"));
        assertThat(registrations.expireUnconfirmed()).isGreaterThanOrEqualTo(1);
        assertThat(repository.findById(receipt.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.EXPIRED);
    }

    @Test
    void a_full_session_waitlists_and_a_cancellation_promotes_the_first_in_line() {
        long session = publishedSession(1, false);
        var anna = registrations.request(session, person("Anna Eerst"), true);
        var bert = registrations.request(session, person("Bert Tweede"), true);
        var cees = registrations.request(session, person("Cees Derde"), true);
        registrations.confirm(anna.confirmationToken());
        var bertOutcome = registrations.confirm(bert.confirmationToken());
        var ceesOutcome = registrations.confirm(cees.confirmationToken());
        assertThat(bertOutcome.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(ceesOutcome.waitlistPosition()).isGreaterThan(bertOutcome.waitlistPosition());

        registrations.cancel(anna.manageToken());

        assertThat(repository.findById(bert.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(repository.findById(cees.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(counts.of(session)).isEqualTo(new SeatCounts.Count(1, 1));
        assertThat(published()).contains(
                new RegistrationEvents.RegistrationConfirmed(anna.registrationId(), session),
                new RegistrationEvents.RegistrationWaitlisted(bert.registrationId(), session, bertOutcome.waitlistPosition()),
                new RegistrationEvents.RegistrationCancelled(anna.registrationId(), session, true),
                new RegistrationEvents.WaitlistPromoted(bert.registrationId(), session));
    }

    @Test
    void raising_the_capacity_promotes_from_the_waitlist() {
        long session = publishedSession(1, false);
        var first = registrations.request(session, person("Dirk Een"), true);
        var second = registrations.request(session, person("Eva Twee"), true);
        registrations.confirm(first.confirmationToken());
        registrations.confirm(second.confirmationToken());

        seats.capacityChanged(session, 2);

        assertThat(repository.findById(second.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_stored() {
        long session = publishedSession(10, false);
        long before = repository.count();
        var bad = new ParticipantDetails("x".repeat(1_000_000), "not-an-address", null, "Atlantis", null, null, null,
                "<script>alert(1)</script>", "de");

        assertThatThrownBy(() -> registrations.request(session, bad, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("fullName", "email", "function", "province", "language", "consent"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void script_tags_are_kept_as_plain_text_not_executed_or_lost() {
        long session = publishedSession(10, false);
        var receipt = registrations.request(session, new ParticipantDetails("Fleur <b>Vet</b>", "fleur@example.nl",
                ParticipantFunction.GRIFFIEMEDEWERKER, "UT", null, null, null, "<script>alert(1)</script>", "en"), true);
        var stored = repository.findById(receipt.registrationId()).orElseThrow();
        assertThat(stored.getRemarks()).isEqualTo("<script>alert(1)</script>");
        assertThat(stored.getFullName()).isEqualTo("Fleur <b>Vet</b>");
    }

    @Test
    void unknown_draft_and_closed_sessions_and_wrong_tokens_get_clear_answers() {
        assertThatThrownBy(() -> registrations.request(987_654_321L, person("Gert Geen"), true))
                .isInstanceOf(nl.weerbaarbestuur.ontour.shared.NotFoundException.class);
        long session = publishedSession(10, false);
        clock.set(Instant.parse("2027-05-11T12:00:00Z"));
        assertThatThrownBy(() -> registrations.request(session, person("Hans Laat"), true))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("registration.error.window-closed"));
        assertThatThrownBy(() -> registrations.confirm("not-a-real-token"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("registration.error.token-unknown"));
        assertThatThrownBy(() -> registrations.cancel(null)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_session_with_griffie_approval_holds_no_seat_until_approved() {
        long session = publishedSession(10, true);
        var receipt = registrations.request(session, person("Ilse Goedkeuring"), true);
        assertThat(registrations.confirm(receipt.confirmationToken()).status()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);
        assertThat(counts.of(session).confirmed()).isZero();
    }

    @Test
    void a_griffie_registers_its_own_statenleden_directly_but_never_another_province() {
        long session = publishedSession(10, false);
        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "UT");

        var receipt = SignInAs.as(griffie, () -> administration.registerOnBehalf(session, person("Jan Namens")));
        var stored = repository.findById(receipt.registrationId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored.getMadeBy()).isEqualTo(MadeBy.GRIFFIE);
        assertThat(stored.getMadeByAccount()).isEqualTo(griffie.email());

        var limburger = new ParticipantDetails("Karel Limburg", "karel@example.nl", ParticipantFunction.STATENLID, "LI",
                null, null, null, null, "nl");
        assertThatThrownBy(() -> SignInAs.as(griffie, () -> administration.registerOnBehalf(session, limburger)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.registerOnBehalf(session, person("Anoniem Niemand")))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void concurrent_confirmations_never_overbook_and_the_waitlist_follows_the_order_of_confirmation() throws Exception {
        int seats = 5;
        int people = 40;
        long session = publishedSession(seats, false);
        var tokens = new ArrayList<String>();
        for (int i = 0; i < people; i++) {
            tokens.add(registrations.request(session, person("Deelnemer " + i + " " + UUID.randomUUID().toString().substring(0, 6)), true)
                    .confirmationToken());
        }

        var start = new CountDownLatch(1);
        var errors = new ArrayList<Throwable>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> futures = new ArrayList<>();
            for (var token : tokens) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return registrations.confirm(token);
                }));
            }
            start.countDown();
            for (var future : futures) {
                try {
                    future.get();
                } catch (Exception e) {
                    errors.add(e);
                }
            }
        }

        assertThat(errors).isEmpty();
        var all = repository.findBySessionIdOrderByStatusAscWaitlistPositionAscCreatedAtAsc(session);
        var confirmed = all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).toList();
        var waitlisted = all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparing(Registration::getWaitlistPosition)).toList();
        assertThat(confirmed).hasSize(seats);
        assertThat(waitlisted).hasSize(people - seats);
        assertThat(waitlisted).extracting(Registration::getWaitlistPosition)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, people - seats).boxed().toList());
        assertThat(counts.of(session).confirmed()).isEqualTo(seats);
        // Everyone with a seat confirmed no later than anyone on the waitlist.
        var lastSeat = confirmed.stream().map(Registration::getConfirmedAt).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(waitlisted).allSatisfy(r -> assertThat(r.getConfirmedAt()).isAfterOrEqualTo(lastSeat));
    }

    /**
     * The ledger is locked with one statement. When this transaction read the ledger before (its seat
     * counts), the lock must also read it afresh: here another confirmation takes the last seat in
     * between, and the allocation must see that and put the person on the waitlist.
     */
    @Test
    void a_ledger_read_earlier_in_the_transaction_is_read_afresh_under_the_lock() throws Exception {
        long session = publishedSession(1, false);
        var anna = registrations.request(session, person("Anna Eerder " + UUID.randomUUID().toString().substring(0, 6)), true);
        var bert = registrations.request(session, person("Bert Tussendoor " + UUID.randomUUID().toString().substring(0, 6)), true);

        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            var pending = repository.findById(anna.registrationId()).orElseThrow();
            assertThat(seats.confirmed(session)).as("the ledger is now held by this transaction").isZero();
            try (var other = Executors.newSingleThreadExecutor()) {
                other.submit(() -> registrations.confirm(bert.confirmationToken())).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            seats.allocate(pending);
        });

        assertThat(repository.findById(anna.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(repository.findById(bert.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(counts.of(session).confirmed()).isEqualTo(1);
    }

    @Test
    void a_griffie_approves_its_own_provinces_registrations_and_cannot_even_see_another_provinces() {
        long session = publishedSession(10, true);
        var utrechter = registrations.request(session, person("Lotte Utrecht"), true);
        registrations.confirm(utrechter.confirmationToken());
        var limburger = registrations.request(session, new ParticipantDetails("Maas Limburg", "maas@example.nl",
                ParticipantFunction.STATENLID, "LI", null, null, null, null, "nl"), true);
        registrations.confirm(limburger.confirmationToken());
        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "UT");

        var approved = SignInAs.as(griffie, () -> administration.approve(utrechter.registrationId()));
        assertThat(approved.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(SignInAs.as(griffie, () -> attendees.all(session, AttendeeFilter.all())))
                .extracting(Attendee::provinceCode).containsOnly("UT");
        assertThatThrownBy(() -> SignInAs.as(griffie, () -> administration.approve(limburger.registrationId())))
                .isInstanceOf(nl.weerbaarbestuur.ontour.shared.NotFoundException.class);
        var rejected = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> administration.reject(limburger.registrationId()));
        assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
    }

    @Test
    void a_substitute_takes_over_the_seat_without_it_ever_being_free() {
        long session = publishedSession(1, false);
        var original = registrations.request(session, person("Nina Origineel"), true);
        registrations.confirm(original.confirmationToken());
        var waiting = registrations.request(session, person("Otto Wacht"), true);
        registrations.confirm(waiting.confirmationToken());

        var replacement = SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "UT"),
                () -> administration.substitute(original.registrationId(), person("Pim Vervanger")));

        assertThat(repository.findById(original.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(repository.findById(replacement.registrationId()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(repository.findById(waiting.registrationId()).orElseThrow().getStatus())
                .as("the waitlist does not move: the seat was never free").isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(counts.of(session)).isEqualTo(new SeatCounts.Count(1, 1));
        assertThat(published()).as("the calendar hears: a CANCEL for the original, an invite for the substitute")
                .contains(new RegistrationEvents.RegistrationCancelled(original.registrationId(), session, false),
                        new RegistrationEvents.RegistrationConfirmed(replacement.registrationId(), session))
                .doesNotContain(new RegistrationEvents.WaitlistPromoted(waiting.registrationId(), session));
    }
}
