package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;

class RegistrationStatusTest {

    @Test
    void the_active_statuses_are_those_that_hold_or_wait_for_a_seat() {
        assertThat(RegistrationStatus.ACTIVE).containsExactlyInAnyOrder(RegistrationStatus.PENDING_CONFIRMATION,
                RegistrationStatus.AWAITING_APPROVAL, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        assertThat(Arrays.stream(RegistrationStatus.values()).filter(RegistrationStatus::isActive))
                .containsExactlyInAnyOrderElementsOf(RegistrationStatus.ACTIVE);
        assertThatThrownBy(() -> RegistrationStatus.ACTIVE.add(RegistrationStatus.CANCELLED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_registration_made_by_staff_is_the_griffies_or_else_the_organisers() {
        assertThat(MadeBy.staff(SignInAs.withoutAccount(Role.GRIFFIE, "UT"))).isEqualTo(MadeBy.GRIFFIE);
        assertThat(MadeBy.staff(SignInAs.withoutAccount(Role.ORGANISER))).isEqualTo(MadeBy.ORGANISER);
    }
}
