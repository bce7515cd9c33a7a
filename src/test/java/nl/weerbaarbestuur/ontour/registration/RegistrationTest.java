package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    private static Registration requested() {
        var details = new ParticipantDetails("Anna de Vries", "anna@example.nl", ParticipantFunction.STATENLID, "UT",
                null, null, null, null, "nl");
        return Registration.requested(1L, details, "c", "m", NOW, NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void a_confirmed_registration_with_a_seat_is_confirmed() {
        var registration = requested();
        registration.takeSeat(NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.getConfirmedAt()).isEqualTo(NOW);
    }

    @Test
    void a_cancelled_registration_never_becomes_confirmed_again() {
        var registration = requested();
        registration.takeSeat(NOW);
        assertThat(registration.cancel(NOW)).as("held a seat").isTrue();

        assertThatThrownBy(() -> registration.takeSeat(NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> registration.promote(NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void only_a_waitlisted_registration_can_be_promoted() {
        var registration = requested();
        assertThatThrownBy(() -> registration.promote(NOW)).isInstanceOf(BusinessRuleException.class);
        registration.joinWaitlist(3, NOW);
        assertThat(registration.getWaitlistPosition()).isEqualTo(3);
        registration.promote(NOW.plusSeconds(60));
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.getPromotedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void cancelling_from_the_waitlist_frees_no_seat() {
        var registration = requested();
        registration.joinWaitlist(1, NOW);
        assertThat(registration.cancel(NOW)).isFalse();
    }

    @Test
    void an_unconfirmed_registration_expires_after_its_window_and_cannot_be_confirmed_then() {
        var registration = requested();
        assertThat(registration.isExpired(NOW.plus(Duration.ofHours(47)))).isFalse();
        assertThat(registration.isExpired(NOW.plus(Duration.ofHours(48)))).isTrue();
        registration.expire(NOW.plus(Duration.ofHours(48)));
        assertThatThrownBy(() -> registration.takeSeat(NOW)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void approval_waits_without_a_seat_and_can_be_rejected() {
        var registration = requested();
        registration.awaitApproval(NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);
        registration.reject(NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        assertThatThrownBy(() -> registration.cancel(NOW)).isInstanceOf(BusinessRuleException.class);
    }
}
