package nl.weerbaarbestuur.ontour.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The overview shows each role the upcoming sessions it works with, and no others. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private PlanningFixture planning;
    private String utrecht;
    private String groningen;
    private String utrechtLastWeek;

    @BeforeEach
    void planSessionsInUtrechtAndGroningen() {
        planning = new PlanningFixture(context);
        utrecht = PlanningFixture.uniqueTitle("Weerbaar in Utrecht");
        groningen = PlanningFixture.uniqueTitle("Weerbaar in Groningen");
        utrechtLastWeek = PlanningFixture.uniqueTitle("Al geweest in Utrecht");
        planning.publishedSession("UT", utrecht, Duration.ofDays(14));
        planning.publishedSession("GR", groningen, Duration.ofDays(15));
        planning.publishedSession("UT", utrechtLastWeek, Duration.ofDays(-7));
    }

    @SuppressWarnings("unchecked")
    private List<SessionFacts> shownSessions() {
        navigate(DashboardView.class);
        var grid = (Grid<SessionFacts>) find(Grid.class).withId("my-sessions").single();
        var rows = new ArrayList<SessionFacts>();
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }

    private static List<String> titles(List<SessionFacts> sessions) {
        return sessions.stream().map(SessionFacts::title).toList();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_of_utrecht_sees_only_upcoming_sessions_in_utrecht() {
        var shown = shownSessions();

        assertThat(titles(shown)).contains(utrecht).doesNotContain(groningen, utrechtLastWeek);
        assertThat(shown).extracting(SessionFacts::provinceCode).containsOnly("UT");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_is_greeted_and_told_its_province_in_dutch() {
        navigate(DashboardView.class);

        assertThat(find(H2.class).withId("greeting").single().getText()).isEqualTo("Welkom, Test griffie");
        assertThat(find(Paragraph.class).withId("scope").single().getText())
                .startsWith("U werkt voor de griffie van Utrecht:");
        var grid = find(Grid.class).withId("my-sessions").single();
        assertThat(test(grid).getHeaderCell(1)).isEqualTo("Provincie");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_sees_the_upcoming_sessions_of_every_province() {
        var shown = titles(shownSessions());

        assertThat(shown).contains(utrecht, groningen).doesNotContain(utrechtLastWeek);
    }

    @Test
    void a_trainer_sees_only_the_sessions_it_leads() {
        var email = TestAccounts.uniqueEmail("trainer");
        var led = PlanningFixture.uniqueTitle("Geleid door de trainer");
        planning.publishedSession("ZE", led, Duration.ofDays(20), planning.trainer("Tess Trainer", email));
        SignInAs.user(new SignedInUser(SignInAs.NO_ACCOUNT, email.toUpperCase(), "Tess Trainer", Role.TRAINER, Set.of(), "", true));

        var shown = titles(shownSessions());

        assertThat(shown).containsExactly(led);
    }

    @Test
    void a_trainer_does_not_see_draft_sessions() {
        var email = TestAccounts.uniqueEmail("trainer");
        var trainer = planning.trainer("Dirk Draft", email);
        var led = PlanningFixture.uniqueTitle("Gepubliceerd");
        var draft = PlanningFixture.uniqueTitle("Nog concept");
        planning.publishedSession("ZE", led, Duration.ofDays(20), trainer);
        planning.draftSession("ZE", draft, Duration.ofDays(21), trainer);
        SignInAs.user(new SignedInUser(SignInAs.NO_ACCOUNT, email, "Dirk Draft", Role.TRAINER, Set.of(), "", true));

        assertThat(titles(shownSessions())).containsExactly(led);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    @SuppressWarnings("unchecked")
    void a_draft_session_has_no_check_in_link_and_a_published_one_has() {
        var draft = PlanningFixture.uniqueTitle("Concept zonder inchecken");
        planning.draftSession("UT", draft, Duration.ofDays(16));
        var shown = shownSessions();
        var grid = (Grid<SessionFacts>) find(Grid.class).withId("my-sessions").single();
        var checkIn = grid.getColumns().size() - 1;

        var draftRow = titles(shown).indexOf(draft);
        var publishedRow = titles(shown).indexOf(utrecht);
        assertThat(test(grid).getCellComponent(draftRow, checkIn)).isNotInstanceOf(Anchor.class);
        assertThat(test(grid).getCellComponent(publishedRow, checkIn)).isInstanceOf(Anchor.class);
    }
}
