package nl.weerbaarbestuur.ontour.griffie.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.audit.AccessLogEntry;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** Opening the attendee list, however much it is paged and filtered, is one access log entry; opening a person's details one more. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class AttendeeListAccessLogTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired RegistrationAdministration registrations;
    @Autowired AccessLog accessLog;
    @Autowired MutableClock clock;

    private long session;

    @BeforeEach
    void aSessionWithSixtyPeople() {
        clock.set(FixedClockConfiguration.NOW);
        session = new PlanningFixture(context).publishedSession("UT", PlanningFixture.uniqueTitle("Weerbaar Zeist"),
                Duration.ofDays(20)).getId();
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            for (int i = 0; i < 60; i++) {
                registrations.registerOnBehalf(session, new ParticipantDetails("Persoon " + (100 + i),
                        TestAccounts.uniqueEmail("persoon" + i), ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"));
            }
            return null;
        });
    }

    private List<AccessLogEntry> entries() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> accessLog.search(new AccessLog.Filter(null, session, null, null), 0, 100)).reversed();
    }

    @SuppressWarnings("unchecked")
    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void paging_and_filtering_the_list_adds_no_entries_and_the_edit_dialog_adds_one() {
        UI.getCurrent().navigate("griffie/sessie/" + session);
        Grid<Attendee> grid = find(Grid.class).withId("attendees-grid").single();
        assertThat(test(grid).size()).isEqualTo(60);
        var last = test(grid).getRow(59);
        find(TextField.class).withId("attendee-search").single().setValue("Persoon 159");
        assertThat(test(grid).size()).isEqualTo(1);

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.ATTENDEE_LIST);
            assertThat(e.getAccountEmail()).isEqualTo("griffie.zonder.account@test.ontour.nl");
            assertThat(e.getRowCount()).isEqualTo(60);
        });

        test(grid).select(0);
        var selected = test(grid).getRow(0);
        test(find(Button.class).withId("attendee-edit").single()).click();

        assertThat(find(Dialog.class).withId("edit-dialog").all()).hasSize(1);
        assertThat(entries()).hasSize(2).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.PARTICIPANT_DETAIL);
            assertThat(e.getRegistrationId()).isEqualTo(selected.registrationId());
            assertThat(e.getRowCount()).isEqualTo(1);
        });
        assertThat(last.fullName()).isEqualTo("Persoon 159");
    }
}
