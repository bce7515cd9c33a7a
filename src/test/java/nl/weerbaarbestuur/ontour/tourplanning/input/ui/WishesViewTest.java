package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import nl.weerbaarbestuur.ontour.tourplanning.ProvinceInputs;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** "Tourplanning: wensen" for organisers: the twelve provinces, who answered, sessions wanted in place, a reminder. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class WishesViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TourDates tourDates;
    @Autowired ProvinceInputs inputs;
    @Autowired UserAccountService accounts;
    @Autowired MailOutbox outbox;

    private long tourId;

    @BeforeEach
    void aTourWhereDrentheAnswered() {
        clock.set(FixedClockConfiguration.NOW);
        var fixture = new PlanningFixture(context);
        fixture.draftSession("DR", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(30));
        tourId = fixture.tourId();
        SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "DR"), () -> tourDates.answer(tourId, "DR",
                new TourDates.Answer(List.of(new TourDates.UnsuitableDate(tourDates.form(tourId, "DR").firstDay().plusDays(9),
                        "Reces")), null, Set.of()), null));
    }

    private void open() {
        UI.getCurrent().navigate("tourplanning/wensen", QueryParameters.of("tour", String.valueOf(tourId)));
    }

    @SuppressWarnings("unchecked")
    private Grid<ProvinceInputs.Row> grid() {
        return find(Grid.class).withId("wishes-grid").single();
    }

    private int rowOf(String code) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).provinceCode().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in the grid");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_twelve_provinces_are_listed_and_the_one_that_answered_is_marked() {
        open();

        assertThat(test(grid()).size()).isEqualTo(12);
        var drenthe = (Span) test(grid()).getCellComponent(rowOf("DR"), 1);
        assertThat(drenthe.getElement().getAttribute("data-answered")).isEqualTo("true");
        assertThat(drenthe.getText()).startsWith("Ja, op");
        assertThat(test(grid()).getCellText(rowOf("DR"), 2)).isEqualTo("1");
        var utrecht = (Span) test(grid()).getCellComponent(rowOf("UT"), 1);
        assertThat(utrecht.getText()).isEqualTo("Nog niet");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("wishes-summary").single().getText())
                .startsWith("Doorgegeven: 1 van de 12 provincies");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void sessions_wanted_are_changed_in_place() {
        open();

        var field = (IntegerField) test(grid()).getCellComponent(rowOf("NH"), 4);
        test(field).setValue(2);

        assertThat(field.isInvalid()).isFalse();
        assertThat(SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> inputs.overview(tourId)).stream()
                .filter(r -> r.provinceCode().equals("NH")).findFirst().orElseThrow().sessionsWanted()).isEqualTo(2);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void a_reminder_goes_to_the_griffie_of_a_province_that_has_not_answered() {
        var email = TestAccounts.uniqueEmail("griffie-fl");
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> accounts.create(email, "Griffie Flevoland", Role.GRIFFIE, Set.of("FL")));
        open();

        var cell = (Div) test(grid()).getCellComponent(rowOf("FL"), 5);
        var remind = cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        test(remind).click();

        var sent = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> outbox.search(new MailOutbox.LogFilter(null, "TOUR_DATES_REMINDER", email), 0, 10));
        assertThat(sent).singleElement().satisfies(m -> assertThat(m.getSubject()).contains("Flevoland"));
        var drenthe = (Div) test(grid()).getCellComponent(rowOf("DR"), 5);
        assertThat(drenthe.getChildren().anyMatch(Button.class::isInstance)).as("no reminder for a province that answered").isFalse();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_cannot_open_the_overview() {
        open();

        assertThat(getCurrentView()).isNotInstanceOf(WishesView.class);
    }
}
