package nl.weerbaarbestuur.ontour.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@Import({FixedClockConfiguration.class, SessionServiceIntegrationTest.Seats.class})
@RecordApplicationEvents
class SessionServiceIntegrationTest {

    /** Stands in for the registration module's answer to "how many confirmed?", which the capacity rule asks. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Seats {
        static final Map<Long, Integer> CONFIRMED = new ConcurrentHashMap<>();

        @Bean
        @org.springframework.context.annotation.Primary
        SeatsTaken seatsTaken() {
            return id -> CONFIRMED.getOrDefault(id, 0);
        }
    }

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired TrainerService trainers;
    @Autowired VenueService venues;
    @Autowired PlanningService planning;
    @Autowired SeatCounts seatCounts;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    private Tour tour;
    private Trainer trainer;

    @BeforeEach
    void signInAsOrganiserWithATour() {
        clock.set(FixedClockConfiguration.NOW);
        SignInAs.user(SignInAs.withoutAccount(Role.ORGANISER));
        var unique = UUID.randomUUID().toString().substring(0, 8);
        tour = tours.create("Tour " + unique, "Test", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "ontour@test.nl");
        trainer = trainers.create("Trainer " + unique, "trainer-" + unique + "@test.nl", "Team");
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static Instant amsterdam(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(DutchTime.ZONE).toInstant();
    }

    private SessionPlan plan(String province, Instant start, Instant end, Set<Long> trainerIds) {
        var venue = venues.optionsFor(province).getFirst();
        return new SessionPlan(tour.getId(), province, "Weerbaar in de Staten", "Agressie", "Beschrijving", start, end,
                venue.getId(), SessionFormat.IN_PERSON, null, 30, Audience.BOTH, trainerIds,
                start.minus(Duration.ofDays(30)), start.minus(Duration.ofDays(1)), false);
    }

    private SessionPlan evening(String province, LocalDate date) {
        return plan(province, amsterdam(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), 19, 0),
                amsterdam(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), 21, 30), Set.of(trainer.getId()));
    }

    @Test
    void provinciehuis_is_offered_first_as_venue() {
        var options = venues.optionsFor("FR");
        assertThat(options.getFirst().getName()).isEqualTo("Provinsjehûs Fryslân");
        assertThat(options.getFirst().getStreet()).isEqualTo("Tweebaksmarkt 52");
    }

    @Test
    void a_session_at_19h_on_the_last_sundays_of_march_and_october_is_stored_in_utc() {
        var march = sessions.create(evening("UT", LocalDate.of(2027, 3, 28)));
        var october = sessions.create(evening("UT", LocalDate.of(2027, 10, 31)));

        assertThat(march.getStartsAt()).isEqualTo(Instant.parse("2027-03-28T17:00:00Z"));
        assertThat(october.getStartsAt()).isEqualTo(Instant.parse("2027-10-31T18:00:00Z"));
        assertThat(Duration.between(march.getStartsAt(), march.getEndsAt())).isEqualTo(Duration.ofMinutes(150));
        assertThat(Duration.between(october.getStartsAt(), october.getEndsAt())).isEqualTo(Duration.ofMinutes(150));
        assertThat(DutchTime.time(march.getStartsAt())).isEqualTo("19:00");
        assertThat(DutchTime.time(october.getStartsAt())).isEqualTo("19:00");
    }

    @Test
    void copying_across_the_summer_time_switch_keeps_the_local_time() {
        var winter = sessions.create(evening("UT", LocalDate.of(2027, 3, 16)));
        assertThat(winter.getStartsAt()).isEqualTo(Instant.parse("2027-03-16T18:00:00Z"));

        var summer = sessions.copy(winter.getId(), "GR", LocalDate.of(2027, 3, 30), null);

        assertThat(summer.getStartsAt()).isEqualTo(Instant.parse("2027-03-30T17:00:00Z"));
        assertThat(DutchTime.time(summer.getEndsAt())).isEqualTo("21:30");
        assertThat(summer.getProvinceCode()).isEqualTo("GR");
        assertThat(summer.getVenue().getName()).isEqualTo("Provinciehuis Groningen");
        assertThat(summer.getStatus()).isEqualTo(SessionStatus.DRAFT);
    }

    @Test
    void the_last_sunday_of_march_2027_is_easter_and_warns() {
        var warnings = sessions.check(evening("ZE", LocalDate.of(2027, 3, 28)), null);
        assertThat(warnings).extracting(PlanningWarning::kind).contains(PlanningWarning.Kind.PUBLIC_HOLIDAY);
        assertThat(sessions.check(evening("ZE", LocalDate.of(2027, 10, 31)), null))
                .extracting(PlanningWarning::kind).doesNotContain(PlanningWarning.Kind.PUBLIC_HOLIDAY);
    }

    @Test
    void a_trainer_booked_twice_at_the_same_time_is_a_warning() {
        sessions.create(evening("UT", LocalDate.of(2027, 6, 8)));
        var overlapping = plan("UT", amsterdam(2027, 6, 8, 20, 0), amsterdam(2027, 6, 8, 22, 0), Set.of(trainer.getId()));

        assertThat(sessions.check(overlapping, null)).extracting(PlanningWarning::kind)
                .contains(PlanningWarning.Kind.TRAINER_DOUBLE_BOOKED, PlanningWarning.Kind.VENUE_OVERLAP);
    }

    @Test
    void a_trainer_in_groningen_and_limburg_on_one_day_is_a_warning_but_utrecht_and_gelderland_is_not() {
        sessions.create(plan("GR", amsterdam(2027, 6, 10, 10, 0), amsterdam(2027, 6, 10, 12, 0), Set.of(trainer.getId())));

        var limburg = plan("LI", amsterdam(2027, 6, 10, 19, 0), amsterdam(2027, 6, 10, 21, 0), Set.of(trainer.getId()));
        assertThat(sessions.check(limburg, null)).extracting(PlanningWarning::kind).contains(PlanningWarning.Kind.TRAINER_FAR_APART);

        var otherDay = plan("LI", amsterdam(2027, 6, 11, 19, 0), amsterdam(2027, 6, 11, 21, 0), Set.of(trainer.getId()));
        assertThat(sessions.check(otherDay, null)).extracting(PlanningWarning::kind).doesNotContain(PlanningWarning.Kind.TRAINER_FAR_APART);
    }

    @Test
    void invalid_plans_are_refused_with_every_field_at_once_and_nothing_is_saved() {
        var before = planning.search(new SessionFilter(tour.getId(), null, null, null, null, null)).size();
        var start = amsterdam(2027, 6, 15, 19, 0);
        var bad = new SessionPlan(tour.getId(), "UT", " ", null, "x".repeat(SessionPlan.DESCRIPTION_MAX + 1), start,
                start.minus(Duration.ofHours(1)), null, SessionFormat.HYBRID, "not a link", 0, Audience.BOTH, Set.of(),
                null, start.plus(Duration.ofHours(1)), false);

        assertThatThrownBy(() -> sessions.create(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("title", "field.required"),
                                org.assertj.core.groups.Tuple.tuple("description", "field.too-long"),
                                org.assertj.core.groups.Tuple.tuple("endsAt", "session.error.end-before-start"),
                                org.assertj.core.groups.Tuple.tuple("registrationClosesAt", "session.error.registration-closes-after-start"),
                                org.assertj.core.groups.Tuple.tuple("venueId", "session.error.venue-required"),
                                org.assertj.core.groups.Tuple.tuple("meetingUrl", "session.error.meeting-url-invalid"),
                                org.assertj.core.groups.Tuple.tuple("capacity", "session.error.capacity-range")));
        assertThat(planning.search(new SessionFilter(tour.getId(), null, null, null, null, null))).hasSize(before);
    }

    @Test
    void capacity_of_100000_and_a_start_in_the_past_are_refused() {
        var huge = new SessionPlan(tour.getId(), "UT", "Titel", null, null, amsterdam(2027, 6, 15, 19, 0),
                amsterdam(2027, 6, 15, 21, 0), venues.optionsFor("UT").getFirst().getId(), SessionFormat.IN_PERSON, null,
                100_000, Audience.BOTH, Set.of(), null, null, false);
        assertThatThrownBy(() -> sessions.create(huge)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("capacity"));

        var past = evening("UT", LocalDate.of(2027, 1, 20));
        assertThatThrownBy(() -> sessions.create(past)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).contains("session.error.start-in-past"));
    }

    @Test
    void capacity_below_the_confirmed_registrations_is_refused() {
        var session = sessions.create(evening("UT", LocalDate.of(2027, 6, 22)));
        Seats.CONFIRMED.put(session.getId(), 12);
        var plan = sessions.planOf(session.getId());
        var smaller = new SessionPlan(plan.tourId(), plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                plan.startsAt(), plan.endsAt(), plan.venueId(), plan.format(), plan.meetingUrl(), 10, plan.audience(),
                plan.trainerIds(), plan.registrationOpensAt(), plan.registrationClosesAt(), plan.griffieApprovalRequired());

        assertThatThrownBy(() -> sessions.update(session.getId(), session.getVersion(), smaller))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("session.error.capacity-below-confirmed"));
    }

    @Test
    void publishing_rescheduling_moving_resizing_and_cancelling_publish_events_and_history() {
        var session = sessions.create(evening("UT", LocalDate.of(2027, 9, 14)));
        sessions.publish(session.getId());
        var published = sessions.get(session.getId());

        var plan = sessions.planOf(session.getId());
        var later = new SessionPlan(plan.tourId(), plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                plan.startsAt().plus(Duration.ofHours(1)), plan.endsAt().plus(Duration.ofHours(1)), null, SessionFormat.ONLINE,
                "https://meet.example.org/weerbaar", 40, plan.audience(), plan.trainerIds(), plan.registrationOpensAt(),
                plan.registrationClosesAt(), plan.griffieApprovalRequired());
        sessions.update(session.getId(), published.getVersion(), later);
        sessions.cancel(session.getId(), "Trainer ziek");

        assertThat(events.stream(SessionPublished.class)).extracting(SessionPublished::sessionId).contains(session.getId());
        assertThat(events.stream(SessionRescheduled.class)).anySatisfy(e -> {
            assertThat(e.sessionId()).isEqualTo(session.getId());
            assertThat(e.newStart()).isEqualTo(e.oldStart().plus(Duration.ofHours(1)));
        });
        assertThat(events.stream(SessionMoved.class)).anySatisfy(e -> {
            assertThat(e.sessionId()).isEqualTo(session.getId());
            assertThat(e.newFormat()).isEqualTo(SessionFormat.ONLINE);
            assertThat(e.meetingLinkChanged()).isTrue();
        });
        assertThat(events.stream(SessionCapacityChanged.class)).anySatisfy(e -> assertThat(e.newCapacity()).isEqualTo(40));
        assertThat(events.stream(SessionCancelled.class)).anySatisfy(e -> {
            assertThat(e.reason()).isEqualTo("Trainer ziek");
            assertThat(e.wasPublished()).isTrue();
        });

        var history = sessions.history(session.getId());
        assertThat(history).extracting(SessionChange::getKind)
                .contains("created", "published", "rescheduled", "moved", "capacity", "cancelled");
        assertThat(history).allSatisfy(change -> assertThat(change.getChangedBy()).isEqualTo("organiser.zonder.account@test.ontour.nl"));
    }

    @Test
    void each_change_of_a_published_session_is_published_once_in_the_order_it_happened() {
        var other = trainers.create("Ander " + UUID.randomUUID().toString().substring(0, 8),
                "ander-" + UUID.randomUUID().toString().substring(0, 8) + "@test.nl", "Team");
        var session = sessions.create(evening("UT", LocalDate.of(2027, 9, 16)));
        sessions.publish(session.getId());
        var plan = sessions.planOf(session.getId());
        var revised = new SessionPlan(plan.tourId(), plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                plan.startsAt().plus(Duration.ofHours(1)), plan.endsAt().plus(Duration.ofHours(1)), null, SessionFormat.ONLINE,
                "https://meet.example.org/eenmaal", 40, plan.audience(), Set.of(other.getId()), plan.registrationOpensAt(),
                plan.registrationClosesAt(), plan.griffieApprovalRequired());
        sessions.update(session.getId(), sessions.get(session.getId()).getVersion(), revised);
        sessions.cancel(session.getId(), "Trainer ziek");

        assertThat(events.stream(SessionEvents.class).filter(e -> e.sessionId() == session.getId()).map(Object::getClass))
                .containsExactly(SessionPublished.class, SessionRescheduled.class, SessionMoved.class,
                        SessionCapacityChanged.class, SessionTrainersChanged.class, SessionCancelled.class);
        assertThat(events.stream(SessionTrainersChanged.class).filter(e -> e.sessionId() == session.getId()))
                .containsExactly(new SessionTrainersChanged(session.getId(), Set.of(other.getId()), Set.of(trainer.getId())));
    }

    @Test
    void changes_to_a_draft_publish_no_events() {
        var session = sessions.create(evening("UT", LocalDate.of(2027, 9, 21)));
        var plan = sessions.planOf(session.getId());
        var later = new SessionPlan(plan.tourId(), plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                plan.startsAt().plus(Duration.ofHours(1)), plan.endsAt().plus(Duration.ofHours(1)), plan.venueId(),
                plan.format(), null, 50, plan.audience(), plan.trainerIds(), plan.registrationOpensAt(),
                plan.registrationClosesAt(), false);
        sessions.update(session.getId(), session.getVersion(), later);

        assertThat(events.stream(SessionEvents.class)).noneMatch(e -> e.sessionId() == session.getId());
    }

    @Test
    void a_second_save_from_a_stale_editor_is_refused_not_overwritten() {
        var session = sessions.create(evening("UT", LocalDate.of(2027, 9, 28)));
        long openedVersion = session.getVersion();
        var plan = sessions.planOf(session.getId());
        var first = new SessionPlan(plan.tourId(), plan.provinceCode(), "Eerste wijziging", plan.topic(), plan.description(),
                plan.startsAt(), plan.endsAt(), plan.venueId(), plan.format(), null, plan.capacity(), plan.audience(),
                plan.trainerIds(), plan.registrationOpensAt(), plan.registrationClosesAt(), false);
        var second = new SessionPlan(plan.tourId(), plan.provinceCode(), "Tweede wijziging", plan.topic(), plan.description(),
                plan.startsAt(), plan.endsAt(), plan.venueId(), plan.format(), null, plan.capacity(), plan.audience(),
                plan.trainerIds(), plan.registrationOpensAt(), plan.registrationClosesAt(), false);

        sessions.update(session.getId(), openedVersion, first);

        assertThatThrownBy(() -> sessions.update(session.getId(), openedVersion, second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(sessions.get(session.getId()).getTitle()).isEqualTo("Eerste wijziging");
    }

    @Test
    void a_cancelled_session_cannot_be_published_or_changed() {
        var session = sessions.create(evening("UT", LocalDate.of(2027, 10, 5)));
        sessions.cancel(session.getId(), "Zaal niet beschikbaar");

        assertThatThrownBy(() -> sessions.publish(session.getId()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("session.error.publish-not-draft"));
        var cancelled = sessions.get(session.getId());
        assertThatThrownBy(() -> sessions.update(session.getId(), cancelled.getVersion(), sessions.planOf(session.getId())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("session.error.not-editable"));
    }

    @Test
    void cancelling_needs_a_reason() {
        var session = sessions.create(evening("UT", LocalDate.of(2027, 10, 12)));
        assertThatThrownBy(() -> sessions.cancel(session.getId(), "  "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("session.error.cancel-reason-required"));
    }

    @Test
    void coverage_colours_follow_planned_and_held_sessions_and_uncovered_provinces_are_listed() {
        var planned = sessions.create(evening("DR", LocalDate.of(2027, 4, 6)));
        sessions.publish(planned.getId());
        var held = sessions.create(evening("LI", LocalDate.of(2027, 2, 9)));
        sessions.publish(held.getId());
        clock.set(Instant.parse("2027-02-10T09:00:00Z"));
        sessions.complete(held.getId());

        var coverage = tours.coverage(tour.getId());
        assertThat(coverage).hasSize(12);
        assertThat(coverage.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().getCode()).isEqualTo("DR");
            assertThat(e.getValue()).isEqualTo(Coverage.PLANNED);
        });
        assertThat(coverage.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().getCode()).isEqualTo("LI");
            assertThat(e.getValue()).isEqualTo(Coverage.HELD);
        });
        assertThat(planning.uncoveredProvinces(tour.getId())).hasSize(10).doesNotContain("DR", "LI");
    }

    @Test
    void a_griffie_user_cannot_plan_sessions() {
        var plan = evening("UT", LocalDate.of(2027, 10, 19));
        SignInAs.user(SignInAs.withoutAccount(Role.GRIFFIE, "UT"));
        assertThatThrownBy(() -> sessions.create(plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.search(SessionFilter.any())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_public_only_sees_published_upcoming_sessions_without_meeting_links() {
        var draft = sessions.create(evening("NB", LocalDate.of(2027, 11, 2)));
        var online = sessions.create(new SessionPlan(tour.getId(), "NB", "Online sessie", null, null,
                amsterdam(2027, 11, 3, 19, 0), amsterdam(2027, 11, 3, 21, 0), null, SessionFormat.ONLINE,
                "https://meet.example.org/geheim", 25, Audience.STATENLEDEN, Set.of(), null, null, false));
        sessions.publish(online.getId());
        SignInAs.nobody();

        var visible = planning.publicSessions("NB", tour.getId());
        assertThat(visible).extracting(SessionFacts::id).contains(online.getId()).doesNotContain(draft.getId());
        assertThat(visible.toString()).doesNotContain("geheim");
        assertThat(planning.publicSession(draft.getId())).isEmpty();
        var shown = planning.publicSession(online.getId()).orElseThrow();
        assertThat(shown.meetingUrl()).isNull();
        assertThat(shown.online()).isFalse();
        assertThat(seatCounts.of(online.getId()).seatsLeft(shown.capacity())).isEqualTo(25);
    }
}
