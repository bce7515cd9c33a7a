package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@Import(FixedClockConfiguration.class)
class BulkRegistrationIntegrationTest {

    @Autowired BulkRegistration bulk;
    @Autowired Attendees attendees;
    @Autowired RegistrationAdministration registrations;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private long session;
    private String tag;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        session = new PlanningFixture(context).publishedSession("OV", PlanningFixture.uniqueTitle("Bulk"), Duration.ofDays(14)).getId();
        tag = UUID.randomUUID().toString().substring(0, 6);
        SignInAs.role(Role.GRIFFIE, "OV");
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private String list() {
        return """
                Naam;E-mail;Functie;Fractie
                Anna Overijssel;anna.%1$s@example.nl;Statenlid;CDA
                Bert Broken;geen-adres;Statenlid;CDA
                Cees d'Overijssel;cees.%1$s@example.nl;gedeputeerde;VVD
                Anna Twee;ANNA.%1$s@example.nl;Statenlid;CDA
                """.formatted(tag);
    }

    @Test
    void checking_saves_nothing_and_saving_registers_only_the_valid_lines_confirmed_and_made_by_the_griffie() {
        var report = bulk.check(session, "OV", list());
        assertThat(report.valid()).hasSize(2);
        assertThat(report.invalid()).extracting(BulkList.Line::number).containsExactly(3, 5);
        assertThat(attendees.count(session, AttendeeFilter.all())).as("nothing saved by a check").isZero();

        var result = bulk.save(session, "OV", list());

        assertThat(result.confirmed()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        var saved = attendees.all(session, AttendeeFilter.all());
        assertThat(saved).extracting(Attendee::fullName).containsExactly("Anna Overijssel", "Cees d'Overijssel");
        assertThat(saved).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(a.madeBy()).isEqualTo(MadeBy.GRIFFIE);
            assertThat(a.provinceCode()).isEqualTo("OV");
        });
    }

    @Test
    void people_already_registered_for_the_session_are_reported_as_duplicates() {
        bulk.save(session, "OV", list());

        var again = bulk.check(session, "OV", list());

        assertThat(again.valid()).isEmpty();
        assertThat(again.invalid().getFirst().problems()).extracting(BulkList.Problem::key)
                .containsExactly("griffie.bulk.error.already-registered");
        assertThat(bulk.save(session, "OV", list()).saved()).isZero();
    }

    @Test
    void a_griffie_cannot_register_people_of_another_province_in_bulk() {
        assertThatThrownBy(() -> bulk.check(session, "UT", list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.save(session, "UT", list())).isInstanceOf(AccessDeniedException.class);
        SignInAs.role(Role.ORGANISER);
        assertThat(attendees.count(session, AttendeeFilter.all())).isZero();
    }
}
