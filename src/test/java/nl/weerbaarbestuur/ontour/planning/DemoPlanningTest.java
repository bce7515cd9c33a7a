package nl.weerbaarbestuur.ontour.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo tour includes one closed session with an invitation link. Run in a transaction that is
 * rolled back: the test database is shared, and demo data would show up in other tests.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class DemoPlanningTest {

    @Autowired TourRepository tours;
    @Autowired TrainerRepository trainers;
    @Autowired VenueRepository venues;
    @Autowired TrainingSessionRepository sessions;
    @Autowired ProvinceService provinces;
    @Autowired Clock clock;
    @Autowired DataEncryption encryption;
    @Autowired PlanningService planning;
    @Autowired TransactionTemplate transaction;

    @Test
    void the_demo_tour_has_one_closed_session_with_an_invitation_link_and_it_is_not_public() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            new DemoPlanning(tours, trainers, venues, sessions, provinces, clock, encryption, event -> { }).run(null);
            var tour = tours.findByName(DemoPlanning.TOUR_NAME).orElseThrow();
            var closed = sessions.findByTour(tour.getId()).stream().filter(TrainingSession::isClosed).toList();
            assertThat(closed).hasSize(1);
            assertThat(closed.getFirst().getInvitationTokenHash()).isNotNull();
            assertThat(encryption.decrypt(closed.getFirst().getInvitationToken())).hasSize(43);
            assertThat(planning.publicSessions(null, tour.getId())).isNotEmpty()
                    .noneMatch(s -> s.id() == closed.getFirst().getId());
        });
    }
}
