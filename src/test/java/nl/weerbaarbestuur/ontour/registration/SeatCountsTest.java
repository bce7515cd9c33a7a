package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeatCountsTest {

    @Test
    void seats_left_are_the_capacity_less_the_confirmed() {
        assertThat(new SeatCounts.Count(3, 0).seatsLeft(10)).isEqualTo(7);
        assertThat(SeatCounts.Count.NONE.seatsLeft(25)).isEqualTo(25);
    }

    @Test
    void seats_left_never_drop_below_zero_when_more_are_confirmed_than_the_capacity() {
        assertThat(new SeatCounts.Count(12, 2).seatsLeft(10)).isZero();
    }
}
