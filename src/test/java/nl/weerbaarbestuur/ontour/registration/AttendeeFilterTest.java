package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a filter of statuses and ids reaches the query: a union, and "no ids" never an empty IN (). */
class AttendeeFilterTest {

    @Test
    void no_statuses_and_no_ids_asked_for_is_everyone() {
        var filter = new AttendeeFilter("", Set.of());
        assertThat(filter.byStatus()).isTrue();
        assertThat(filter.statusesOrAll()).isEqualTo(EnumSet.allOf(RegistrationStatus.class));
        assertThat(filter.registrationsOrNone()).containsExactly(-1L);
    }

    @Test
    void ids_alone_decide_when_no_status_is_chosen() {
        var filter = new AttendeeFilter("", Set.of(), Set.of(7L, 9L));
        assertThat(filter.byStatus()).isFalse();
        assertThat(filter.registrationsOrNone()).containsExactlyInAnyOrder(7L, 9L);
    }

    @Test
    void ids_asked_for_but_none_found_show_nobody() {
        var filter = new AttendeeFilter("", Set.of(), Set.of());
        assertThat(filter.byStatus()).isFalse();
        assertThat(filter.registrationsOrNone()).containsExactly(-1L);
    }

    @Test
    void statuses_and_ids_together_are_a_union() {
        var filter = new AttendeeFilter("", EnumSet.of(RegistrationStatus.CANCELLED), Set.of(3L));
        assertThat(filter.byStatus()).isTrue();
        assertThat(filter.statusesOrAll()).containsExactly(RegistrationStatus.CANCELLED);
        assertThat(filter.registrationsOrNone()).containsExactly(3L);
    }
}
