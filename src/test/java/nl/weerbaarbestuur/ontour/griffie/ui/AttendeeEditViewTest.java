package nl.weerbaarbestuur.ontour.griffie.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.Attendees;
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

/** Editing a registration from the attendee list, as the griffie of the person's province. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class AttendeeEditViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired RegistrationAdministration registrations;
    @Autowired Attendees attendees;
    @Autowired MutableClock clock;

    private long session;
    private String email;

    @BeforeEach
    void oneUtrechter() {
        clock.set(FixedClockConfiguration.NOW);
        session = new PlanningFixture(context).publishedSession("UT", PlanningFixture.uniqueTitle("Wijzigen"),
                Duration.ofDays(20)).getId();
        email = TestAccounts.uniqueEmail("wim");
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session,
                new ParticipantDetails("Wim Wijzig", email, ParticipantFunction.STATENLID, "UT", "D66", null, null, null, "nl")));
    }

    @SuppressWarnings("unchecked")
    private Grid<Attendee> open() {
        UI.getCurrent().navigate("griffie/sessie/" + session);
        return find(Grid.class).withId("attendees-grid").single();
    }

    private Attendee stored() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(session, AttendeeFilter.all())).getFirst();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void the_griffie_edits_function_fractie_needs_and_remarks_and_the_list_shows_it() {
        var grid = open();
        var edit = find(Button.class).withId("attendee-edit").single();
        assertThat(edit.isEnabled()).as("nothing selected").isFalse();
        test(grid).select(0);
        test(edit).click();

        assertThat(find(Paragraph.class).withId("edit-who").single().getText()).contains("Wim Wijzig").contains(email);
        assertThat(find(TextField.class).withId("edit-fractie").single().getValue()).isEqualTo("D66");
        @SuppressWarnings("unchecked")
        Select<ParticipantFunction> function = find(Select.class).withId("edit-function").single();
        function.setValue(ParticipantFunction.GEDEPUTEERDE);
        find(TextField.class).withId("edit-fractie").single().setValue("Volt");
        find(TextArea.class).withId("edit-dietary").single().setValue("Halal");
        find(TextArea.class).withId("edit-remarks").single().setValue("Neemt een tolk mee");
        test(find(Button.class).withId("edit-save").single()).click();

        assertThat(find(Dialog.class).withId("edit-dialog").all()).as("closed after saving").isEmpty();
        var wim = stored();
        assertThat(wim.function()).isEqualTo(ParticipantFunction.GEDEPUTEERDE);
        assertThat(wim.fractie()).isEqualTo("Volt");
        assertThat(wim.dietaryNeeds()).isEqualTo("Halal");
        assertThat(wim.remarks()).isEqualTo("Neemt een tolk mee");
        assertThat(wim.email()).isEqualTo(email);
        assertThat(test(grid).getRow(0).fractie()).as("the list shows the change").isEqualTo("Volt");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_too_long_fractie_is_marked_on_the_field_and_nothing_is_saved() {
        var grid = open();
        test(grid).select(0);
        test(find(Button.class).withId("attendee-edit").single()).click();
        var fractie = find(TextField.class).withId("edit-fractie").single();
        fractie.setValue("x".repeat(81));

        test(find(Button.class).withId("edit-save").single()).click();

        assertThat(fractie.isInvalid()).isTrue();
        assertThat(find(Dialog.class).withId("edit-dialog").all()).as("stays open").hasSize(1);
        assertThat(stored().fractie()).isEqualTo("D66");
    }
}
