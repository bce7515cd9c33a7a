package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationCancelled;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationChanged;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationConfirmed;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationExpired;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationWaitlisted;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.WaitlistPromoted;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class RegistrationTest {

    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    private static Registration requested() {
        var details = new ParticipantDetails("Anna de Vries", "anna@example.nl", ParticipantFunction.STATENLID, "UT",
                null, null, null, null, "nl");
        var registration = Registration.requested(1L, details, "c", "m", NOW, NOW.plus(Duration.ofHours(48)));
        ReflectionTestUtils.setField(registration, "id", 7L); // as its first save does: the events carry the id
        return registration;
    }

    /** What the repository publishes on the next save (Spring Data's @DomainEvents method). */
    private static Collection<Object> events(Registration registration) {
        return ReflectionTestUtils.invokeMethod(registration, "domainEvents");
    }

    @Test
    void a_confirmed_registration_with_a_seat_is_confirmed() {
        var registration = requested();
        registration.takeSeat(NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.getConfirmedAt()).isEqualTo(NOW);
        assertThat(events(registration)).containsExactly(new RegistrationConfirmed(7, 1));
    }

    @Test
    void a_cancelled_registration_never_becomes_confirmed_again() {
        var registration = requested();
        registration.takeSeat(NOW);
        assertThat(registration.cancel(NOW)).as("held a seat").isTrue();

        assertThatThrownBy(() -> registration.takeSeat(NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> registration.promote(NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(events(registration)).containsExactly(new RegistrationConfirmed(7, 1), new RegistrationCancelled(7, 1, true));
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
        assertThat(events(registration)).containsExactly(new RegistrationWaitlisted(7, 1, 3), new WaitlistPromoted(7, 1));
    }

    @Test
    void cancelling_from_the_waitlist_frees_no_seat() {
        var registration = requested();
        registration.joinWaitlist(1, NOW);
        assertThat(registration.cancel(NOW)).isFalse();
        assertThat(events(registration)).containsExactly(new RegistrationWaitlisted(7, 1, 1),
                new RegistrationCancelled(7, 1, false));
    }

    @Test
    void an_unconfirmed_registration_expires_after_its_window_and_cannot_be_confirmed_then() {
        var registration = requested();
        assertThat(registration.isExpired(NOW.plus(Duration.ofHours(47)))).isFalse();
        assertThat(registration.isExpired(NOW.plus(Duration.ofHours(48)))).isTrue();
        registration.expire(NOW.plus(Duration.ofHours(48)));
        assertThatThrownBy(() -> registration.takeSeat(NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(events(registration)).containsExactly(new RegistrationExpired(7, 1));
    }

    @Test
    void approval_waits_without_a_seat_and_can_be_rejected() {
        var registration = requested();
        registration.awaitApproval(NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);
        registration.reject(NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        assertThatThrownBy(() -> registration.cancel(NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(events(registration)).as("approval and rejection are not announced").isEmpty();
    }

    @Test
    void a_substitute_takes_the_seat_and_the_substituted_registration_ends_without_freeing_it() {
        var registration = requested();
        registration.takeSeat(NOW);
        var substitute = registration.substituteBy(new ParticipantDetails("Bert Bakker", "bert@example.nl",
                ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), MadeBy.GRIFFIE, "griffie@example.nl", "m2", NOW);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(events(registration)).endsWith(new RegistrationCancelled(7, 1, false));
        assertThat(substitute.getStatus()).as("takes the seat once saved").isEqualTo(RegistrationStatus.PENDING_CONFIRMATION);
    }

    @Test
    void the_participant_own_change_of_needs_names_what_changed_and_a_correction_is_not_announced() {
        var registration = requested();
        registration.changeOwnNeeds(null, "vegetarisch", null);
        assertThat(events(registration)).containsExactly(new RegistrationChanged(7, 1, java.util.List.of("dietaryNeeds")));
        ReflectionTestUtils.invokeMethod(registration, "clearDomainEvents");
        registration.changeOwnNeeds(null, "vegetarisch", null);
        registration.changeNeeds("rolstoel", null, null);
        assertThat(events(registration)).isEmpty();
    }
}
