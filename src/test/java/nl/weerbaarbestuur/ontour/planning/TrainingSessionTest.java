package nl.weerbaarbestuur.ontour.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The events a session registers itself, which the repository publishes on the next save. */
class TrainingSessionTest {

    private static final Instant START = Instant.parse("2027-03-10T18:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));

    private final Tour tour = new Tour("Tour 2027", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "tour@example.nl");
    private final Venue provinciehuis = withId(new Venue("UT", "Provinciehuis", "Archimedeslaan 6", "3584 BA", "Utrecht", null), 3L);
    private final Venue other = withId(new Venue("UT", "Stadhuis", "Stadsplateau 1", "3521 AZ", "Utrecht", null), 4L);
    private final Trainer anna = withId(new Trainer("Anna", "anna@example.nl", null), 11L);
    private final Trainer bram = withId(new Trainer("Bram", "bram@example.nl", null), 12L);

    private static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id); // as its first save does
        return entity;
    }

    /** What the repository publishes on the next save (Spring Data's @DomainEvents method). */
    private static Collection<Object> events(TrainingSession session) {
        return ReflectionTestUtils.invokeMethod(session, "domainEvents");
    }

    private static void saved(TrainingSession session) {
        ReflectionTestUtils.invokeMethod(session, "clearDomainEvents"); // as the repository does after publishing
    }

    /** A saved draft in the provinciehuis, with Anna as trainer and 30 seats. */
    private TrainingSession draft() {
        var session = new TrainingSession(tour, "UT", "Weerbaar", START, END, SessionFormat.IN_PERSON, 30, Audience.BOTH);
        revise(session, START, END, SessionFormat.IN_PERSON, provinciehuis, null, 30, Set.of(anna));
        return withId(session, 7L);
    }

    private SessionRevision revise(TrainingSession session, Instant start, Instant end, SessionFormat format, Venue venue,
                                   @Nullable String link, int capacity, Set<Trainer> trainers) {
        return session.revise(tour, "UT", "Weerbaar", null, null, start, end, format, venue, link, capacity, Audience.BOTH,
                trainers, null, null, false);
    }

    @Test
    void publishing_a_saved_draft_registers_that_it_was_published() {
        var session = draft();
        session.publish();
        assertThat(events(session)).containsExactly(new SessionPublished(7, "UT", START, END));
    }

    @Test
    void a_session_published_before_its_first_save_announces_nothing() {
        var session = new TrainingSession(tour, "UT", "Demo", START, END, SessionFormat.ONLINE, 30, Audience.BOTH);
        session.publish();
        assertThat(events(session)).isEmpty();
    }

    @Test
    void a_revision_of_a_published_session_registers_each_change_once_in_order() {
        var session = draft();
        session.publish();
        saved(session);

        var revision = revise(session, START.plus(Duration.ofHours(1)), END.plus(Duration.ofHours(1)), SessionFormat.HYBRID,
                other, "https://meet.example.org/weerbaar", 40, Set.of(bram));

        assertThat(events(session)).containsExactly(
                new SessionRescheduled(7, START, END, START.plus(Duration.ofHours(1)), END.plus(Duration.ofHours(1))),
                new SessionMoved(7, 3L, 4L, true, SessionFormat.IN_PERSON, SessionFormat.HYBRID),
                new SessionCapacityChanged(7, 30, 40),
                new SessionTrainersChanged(7, Set.of(12L), Set.of(11L)));
        assertThat(revision.rescheduled()).isTrue();
        assertThat(revision.moved()).isTrue();
        assertThat(revision.resized()).isTrue();
    }

    @Test
    void a_revision_that_changes_nothing_participants_were_told_registers_nothing() {
        var session = draft();
        session.publish();
        saved(session);

        var revision = revise(session, START, END, SessionFormat.IN_PERSON, provinciehuis, null, 30, Set.of(anna));

        assertThat(events(session)).isEmpty();
        assertThat(revision.rescheduled() || revision.moved() || revision.resized() || revision.trainersChanged()).isFalse();
    }

    @Test
    void a_revised_draft_registers_nothing_but_says_what_changed() {
        var session = draft();

        var revision = revise(session, START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)), SessionFormat.IN_PERSON,
                provinciehuis, null, 50, Set.of(anna));

        assertThat(events(session)).isEmpty();
        assertThat(revision.rescheduled()).isTrue();
        assertThat(revision.resized()).isTrue();
        assertThat(revision.moved()).isFalse();
    }

    @Test
    void cancelling_registers_the_reason_and_whether_the_public_had_seen_it() {
        var published = draft();
        published.publish();
        saved(published);
        published.cancel("  Trainer ziek ");
        assertThat(events(published)).containsExactly(new SessionCancelled(7, true, "Trainer ziek"));

        var draft = draft();
        draft.cancel("Geen zaal");
        assertThat(events(draft)).containsExactly(new SessionCancelled(7, false, "Geen zaal"));
    }

    @Test
    void a_refused_transition_registers_nothing() {
        var session = draft();
        session.cancel("Geen zaal");
        saved(session);

        assertThatThrownBy(session::publish).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> session.cancel("Nog eens")).isInstanceOf(BusinessRuleException.class);
        assertThat(events(session)).isEmpty();
    }
}
