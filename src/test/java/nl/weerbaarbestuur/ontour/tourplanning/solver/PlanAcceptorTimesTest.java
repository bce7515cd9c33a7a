package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import org.junit.jupiter.api.Test;

/**
 * A proposal holds a date with a start and an end time; a session that runs past midnight (a draft
 * from 22:30 to 00:30, moved as a whole) must end on the next day, not before it starts. The view
 * test that moves a draft made "now + 30 days" failed this way when it ran after 22:00 in Amsterdam.
 */
class PlanAcceptorTimesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);

    @Test
    void an_evening_ends_on_its_own_day() {
        assertThat(PlanAcceptor.endOf(proposal(LocalTime.of(19, 30), LocalTime.of(22, 0))))
                .isEqualTo(ZonedDateTime.of(DAY, LocalTime.of(22, 0), DutchTime.ZONE).toInstant());
    }

    @Test
    void a_session_past_midnight_ends_the_next_day() {
        assertThat(PlanAcceptor.endOf(proposal(LocalTime.of(22, 30), LocalTime.of(0, 30))))
                .isEqualTo(ZonedDateTime.of(DAY.plusDays(1), LocalTime.of(0, 30), DutchTime.ZONE).toInstant());
    }

    private static ProposedSession proposal(LocalTime start, LocalTime end) {
        return new ProposedSession("existing-1", "UT", "Utrecht", DAY, start, end, null, null, 1L, false, true,
                List.of(), List.of());
    }
}
