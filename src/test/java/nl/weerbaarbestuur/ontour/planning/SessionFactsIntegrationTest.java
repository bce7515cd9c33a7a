package nl.weerbaarbestuur.ontour.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** What PlanningService tells about a session: the meeting link only where it belongs, the trainers by name. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class SessionFactsIntegrationTest {

    @Autowired PlanningService planning;
    @Autowired TourRepository tours;
    @Autowired TrainerRepository trainers;
    @Autowired VenueRepository venues;
    @Autowired TrainingSessionRepository sessions;
    @Autowired MutableClock clock;

    private Tour tour;
    private Venue venue;

    @BeforeEach
    void aTourAndAVenue() {
        clock.set(FixedClockConfiguration.NOW);
        tour = tours.save(new Tour(PlanningFixture.uniqueTitle("Feitentour"), null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "feiten@test.ontour.nl"));
        venue = venues.save(new Venue("UT", "Provinciehuis", "Archimedeslaan 6", "3584 BA", "Utrecht", "Statenzaal"));
    }

    private TrainingSession session(SessionFormat format, String meetingUrl, boolean closed, boolean published,
                                    Trainer... leaders) {
        var startsAt = clock.instant().plus(Duration.ofDays(20));
        var session = new TrainingSession(tour, "UT", PlanningFixture.uniqueTitle("Feiten"), startsAt,
                startsAt.plus(Duration.ofHours(2)), format, 30, Audience.BOTH);
        session.holdAt(venue, meetingUrl);
        session.assignTrainers(Set.of(leaders));
        session.markClosed(closed);
        if (published) {
            session.publish();
        }
        return sessions.save(session);
    }

    private Trainer trainer(String name) {
        var unique = PlanningFixture.uniqueTitle(name);
        return trainers.save(new Trainer(unique, unique.replace(' ', '-') + "@test.ontour.nl", "Team"));
    }

    @Test
    void an_in_person_session_gives_no_link_and_names_its_trainers_in_order() {
        var bram = trainer("Bram");
        var anne = trainer("Anne");
        var inPerson = session(SessionFormat.IN_PERSON, "https://meet.example.org/vergeten", false, true, bram, anne);

        var facts = planning.find(inPerson.getId()).orElseThrow();

        assertThat(facts.meetingUrl()).isNull();
        assertThat(facts.online()).isFalse();
        assertThat(facts.trainerNames()).containsExactly(anne.getName(), bram.getName());
        assertThat(facts.place().address()).isEqualTo("Archimedeslaan 6, 3584 BA Utrecht");
        assertThat(facts.reminderDays()).isNotEmpty();
        assertThat(planning.findSeen(inPerson.getId())).contains(facts);
    }

    @Test
    void a_participant_learns_the_link_and_address_of_a_closed_session_and_the_public_learns_neither() {
        var closed = session(SessionFormat.HYBRID, "https://meet.example.org/besloten", true, true);
        var open = session(SessionFormat.HYBRID, "https://meet.example.org/open", false, true);

        var told = planning.find(closed.getId()).orElseThrow();
        assertThat(told.meetingUrl()).isEqualTo("https://meet.example.org/besloten");
        assertThat(told.place().name()).isEqualTo("Provinciehuis");

        var upcoming = planning.publicSessions(null, null);
        assertThat(upcoming).extracting(SessionFacts::id).contains(open.getId()).doesNotContain(closed.getId());
        assertThat(upcoming).allSatisfy(s -> assertThat(s.meetingUrl()).isNull());
        assertThat(upcoming.toString()).doesNotContain("meet.example.org");

        // At its public address (refused to the public unless through its invitation): no link, only the town.
        var shown = planning.publicSession(closed.getId()).orElseThrow();
        assertThat(shown.closed()).isTrue();
        assertThat(shown.meetingUrl()).isNull();
        assertThat(shown.place().name()).isNull();
        assertThat(shown.place().address()).isNull();
        assertThat(shown.place().town()).isEqualTo(told.place().town()).isNotNull();
        assertThat(shown.toString()).doesNotContain("meet.example.org").doesNotContain(told.place().address());
        assertThat(planning.publicSessions(java.util.List.of(closed.getId())).get(closed.getId())).isEqualTo(shown);
    }

    @Test
    void a_draft_is_told_to_nobody() {
        var draft = session(SessionFormat.ONLINE, "https://meet.example.org/concept", false, false);

        assertThat(planning.find(draft.getId())).isEmpty();
        assertThat(planning.findSeen(draft.getId())).isEmpty();
    }
}
