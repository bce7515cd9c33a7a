package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Editing a registration from the attendee list: what may change, by whom, and what is refused. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class AttendeeEditIntegrationTest {

    @Autowired RegistrationAdministration registrations;
    @Autowired RegistrationRepository repository;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private long session;
    private long utrechter;
    private String email;

    @BeforeEach
    void aUtrechterRegisteredOnBehalf() {
        clock.set(FixedClockConfiguration.NOW);
        session = new PlanningFixture(context).publishedSession("UT", PlanningFixture.uniqueTitle("Wijzigen"),
                Duration.ofDays(30)).getId();
        email = TestAccounts.uniqueEmail("uma");
        utrechter = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session,
                new ParticipantDetails("Uma Utrecht", email, ParticipantFunction.STATENLID, "UT", "D66", null, null,
                        "Komt later", "nl")).registrationId());
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static AttendeeChanges changes(ParticipantFunction function, String fractie) {
        return new AttendeeChanges(function, fractie, "  Rolstoel  ", "Vegetarisch", "");
    }

    @Test
    void the_griffie_of_the_persons_province_changes_function_fractie_needs_and_remarks() {
        var edited = SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "UT"),
                () -> registrations.edit(utrechter, changes(ParticipantFunction.GEDEPUTEERDE, " CDA ")));

        assertThat(edited.function()).isEqualTo(ParticipantFunction.GEDEPUTEERDE);
        var stored = repository.findById(utrechter).orElseThrow();
        assertThat(stored.getFunction()).isEqualTo(ParticipantFunction.GEDEPUTEERDE);
        assertThat(stored.getFractie()).isEqualTo("CDA");
        assertThat(stored.getAccessibilityNeeds()).isEqualTo("Rolstoel");
        assertThat(stored.getDietaryNeeds()).isEqualTo("Vegetarisch");
        assertThat(stored.getRemarks()).as("emptied").isNull();
        assertThat(stored.getFullName()).isEqualTo("Uma Utrecht");
        assertThat(stored.getEmail()).isEqualTo(email);
        assertThat(stored.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void an_organiser_may_edit_anyone() {
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> registrations.edit(utrechter, changes(ParticipantFunction.GRIFFIER, null)));

        assertThat(repository.findById(utrechter).orElseThrow().getFunction()).isEqualTo(ParticipantFunction.GRIFFIER);
    }

    @Test
    void a_griffie_of_another_province_finds_nothing_to_edit() {
        assertThatThrownBy(() -> SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "FR"),
                () -> registrations.edit(utrechter, changes(ParticipantFunction.GEDEPUTEERDE, "CDA"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(repository.findById(utrechter).orElseThrow().getFractie()).isEqualTo("D66");
    }

    @Test
    void a_trainer_may_not_edit() {
        assertThatThrownBy(() -> SignInAs.as(SignInAs.withoutAccount(Role.TRAINER),
                () -> registrations.edit(utrechter, changes(ParticipantFunction.GEDEPUTEERDE, "CDA"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_missing_function_and_a_too_long_fractie_are_refused_field_by_field() {
        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "UT");
        assertThatThrownBy(() -> SignInAs.as(griffie, () -> registrations.edit(utrechter, changes(null, "x".repeat(81)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactlyInAnyOrder("function", "fractie"));
        assertThat(repository.findById(utrechter).orElseThrow().getFunction()).isEqualTo(ParticipantFunction.STATENLID);
    }

    @Test
    void a_cancelled_registration_is_not_edited() {
        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "UT");
        SignInAs.as(griffie, () -> registrations.remove(utrechter));

        assertThatThrownBy(() -> SignInAs.as(griffie, () -> registrations.edit(utrechter,
                changes(ParticipantFunction.GEDEPUTEERDE, "CDA"))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.error.not-active"));
        assertThat(Set.of(repository.findById(utrechter).orElseThrow().getFunction())).containsExactly(ParticipantFunction.STATENLID);
    }
}
