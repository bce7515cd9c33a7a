package nl.weerbaarbestuur.ontour.griffie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.griffie.GriffieHome;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The griffie home for a griffie and for an organiser who picks a province; the export audit for organisers. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class GriffieHomeViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private long session;
    private String title;

    @BeforeEach
    void aSessionInZeeland() {
        clock.set(FixedClockConfiguration.NOW);
        title = PlanningFixture.uniqueTitle("Weerbaar Middelburg");
        session = new PlanningFixture(context).publishedSession("ZE", title, Duration.ofDays(9)).getId();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Long> sessionsShown() {
        var grid = (Grid<GriffieHome.SessionHere>) find(Grid.class).withId("home-sessions").single();
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < test(grid).size(); i++) {
            ids.add(test(grid).getRow(i).sessionId());
        }
        return ids;
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "ZE")
    void a_griffie_sees_its_province_its_counts_and_its_sessions() {
        navigate(GriffieHomeView.class);

        assertThat(find(H2.class).withId("griffie-heading").single().getText()).isEqualTo("Griffie Zeeland");
        assertThat(find(Select.class).withId("home-province").exists()).as("one province: nothing to pick").isFalse();
        assertThat(find(Div.class).withId("count-confirmed").single().getElement().getTextRecursively()).contains("bevestigd");
        assertThat(find(Div.class).withId("count-approval").single().getElement().getTextRecursively())
                .contains("wacht op uw goedkeuring");
        assertThat(sessionsShown()).contains(session);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_picks_the_province_from_the_address() {
        UI.getCurrent().navigate("griffie", QueryParameters.of("provincie", "ZE"));

        assertThat(find(H2.class).withId("griffie-heading").single().getText()).isEqualTo("Griffie Zeeland");
        assertThat(find(Select.class).withId("home-province").single().isVisible()).isTrue();
        assertThat(sessionsShown()).contains(session);
    }
}
