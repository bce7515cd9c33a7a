package nl.weerbaarbestuur.ontour.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static final Instant T = Instant.parse("2027-05-11T17:00:00Z");

    @Test
    void checking_in_twice_changes_nothing_the_second_time() {
        var a = new Attendance(1, 2, false, T);
        assertThat(a.checkIn("a@x.nl", T)).isTrue();
        assertThat(a.checkIn("b@x.nl", T.plusSeconds(5))).isFalse();
        assertThat(a.getCheckedInBy()).isEqualTo("a@x.nl");
        assertThat(a.getCheckedInAt()).isEqualTo(T);
    }

    @Test
    void undo_clears_the_check_in_and_undoing_nothing_says_so() {
        var a = new Attendance(1, 2, false, T);
        assertThat(a.undo(T)).isFalse();
        a.checkIn("a@x.nl", T);
        assertThat(a.undo(T)).isTrue();
        assertThat(a.isCheckedIn()).isFalse();
        assertThat(a.getCheckedInBy()).isNull();
    }

    @Test
    void a_no_show_is_only_for_someone_not_checked_in_and_a_late_check_in_corrects_it() {
        var a = new Attendance(1, 2, false, T);
        assertThat(a.markNoShow(T)).isTrue();
        assertThat(a.markNoShow(T)).isFalse();
        a.checkIn("a@x.nl", T);
        assertThat(a.isNoShow()).isFalse();
        assertThatThrownBy(() -> a.markNoShow(T)).isInstanceOf(BusinessRuleException.class);
    }
}
