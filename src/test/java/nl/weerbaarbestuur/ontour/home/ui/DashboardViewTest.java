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

/**
 * The overview shows each role what needs doing (with a link to where it is done) and the upcoming
 * sessions it works with, and no others.
 */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    nl.weerbaarbestuur.ontour.registration.RegistrationAdministration registrations;

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

    private void register(long sessionId, String province, int people) {
        for (int i = 0; i < people; i++) {
            var name = nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.unique("Deelnemer " + i).replace(' ', '-');
            SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(sessionId,
                    nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.person(name, province,
                            nl.weerbaarbestuur.ontour.registration.ParticipantFunction.STATENLID)));
        }
    }

    /** The text of one to-do section, or null when the page does not show it. */
    private String section(String name) {
        var found = find(com.vaadin.flow.component.html.Section.class).withId("task-" + name);
        return found.exists() ? found.single().getElement().getTextRecursively() : null;
    }

    private java.util.List<String> links(String name) {
        var section = find(com.vaadin.flow.component.html.Section.class).withId("task-" + name).single();
        return section.getElement().getChildren().flatMap(e -> e.getChildren()).flatMap(li -> li.getChildren())
                .filter(e -> "a".equals(e.getTag())).map(e -> e.getAttribute("href")).toList();
    }

    @Test
    void an_organiser_sees_full_sessions_sessions_without_a_trainer_and_the_fill_of_the_next_14_days() {
        var full = planning.publishedSession("UT", PlanningFixture.uniqueTitle("Vol in Utrecht"), Duration.ofDays(3), 1);
        register(full.getId(), "UT", 3);
        SignInAs.role(Role.ORGANISER);

        navigate(DashboardView.class);

        assertThat(section("full")).contains(full.getTitle()).contains("vol, 2 op de wachtlijst");
        assertThat(links("full")).contains("griffie/sessie/" + full.getId());
        assertThat(section("unstaffed")).contains(full.getTitle()).contains("nog geen trainer");
        assertThat(links("unstaffed")).contains("planning/sessie/" + full.getId());
        assertThat(section("soon")).contains(full.getTitle() + " — 1 van 1 plaatsen bezet").doesNotContain(groningen);
        assertThat(links("soon")).contains("aanwezigheid/" + full.getId());
        assertThat(section("uncovered")).as("the fixture's tour has sessions in UT and GR only").contains("Zeeland");
    }

    @Test
    void a_griffie_sees_the_work_of_its_own_province_but_not_the_planning_or_the_mail() {
        var full = planning.publishedSession("UT", PlanningFixture.uniqueTitle("Vol in Utrecht"), Duration.ofDays(3), 1);
        var elsewhere = planning.publishedSession("GR", PlanningFixture.uniqueTitle("Vol in Groningen"), Duration.ofDays(3), 1);
        register(full.getId(), "UT", 2);
        register(elsewhere.getId(), "GR", 2);
        SignInAs.role(Role.GRIFFIE, "UT");

        navigate(DashboardView.class);

        assertThat(section("full")).contains(full.getTitle()).doesNotContain(elsewhere.getTitle());
        assertThat(section("unstaffed")).isNull();
        assertThat(section("uncovered")).isNull();
        assertThat(section("failed-mails")).isNull();
    }

    @Test
    void a_trainer_sees_the_fill_of_its_own_sessions_in_the_next_14_days() {
        var email = TestAccounts.uniqueEmail("trainer");
        var led = planning.publishedSession("ZE", PlanningFixture.uniqueTitle("Binnenkort geleid"), Duration.ofDays(5), 5,
                planning.trainer("Tim Trainer", email));
        register(led.getId(), "ZE", 2);
        SignInAs.user(new SignedInUser(SignInAs.NO_ACCOUNT, email, "Tim Trainer", Role.TRAINER, Set.of(), "", true));

        navigate(DashboardView.class);

        assertThat(section("soon")).contains(led.getTitle() + " — 2 van 5 plaatsen bezet").doesNotContain(utrecht);
        assertThat(section("unstaffed")).isNull();
    }

    @Test
    void an_organiser_is_told_of_a_trainer_who_declined_in_the_calendar_and_a_griffie_is_not() {
        var email = TestAccounts.uniqueEmail("trainer");
        var tom = planning.trainer("Tom Twijfel", email);
        var led = planning.publishedSession("UT", PlanningFixture.uniqueTitle("Trainer zegt af"), Duration.ofDays(9), 5, tom);
        // The fixture saves the session without its events, so no invite went out: the calendar's row is written here.
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var trainerId = tom.getId();
        jdbc.update("insert into calendar_trainer_invite (trainer_id, training_session_id, sequence_no, in_calendar, sent_at, answer,"
                + " answered_at) values (?, ?, 0, true, current_timestamp, 'DECLINED', current_timestamp)", trainerId, led.getId());
        SignInAs.role(Role.ORGANISER);

        navigate(DashboardView.class);

        assertThat(section("trainer-declined")).contains(led.getTitle()).contains("Trainer Tom Twijfel heeft afgewezen");
        assertThat(links("trainer-declined")).contains("planning/sessie/" + led.getId());
        assertThat(section("unstaffed")).as("still staffed: nothing was cancelled").doesNotContain(led.getTitle());

        SignInAs.role(Role.GRIFFIE, "UT");
        navigate(DashboardView.class);
        assertThat(section("trainer-declined")).isNull();
    }
}
