package nl.weerbaarbestuur.ontour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.ui.LoginView;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The frame shows each role only what it may open, and the router enforces the same: a page of
 * another role is never rendered, and an anonymous visitor is sent to the sign-in page.
 */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class MainLayoutTest extends SpringBrowserlessTest {

    private static final String USERS = "beheer/gebruikers";

    private List<SideNav> sections() {
        UI.getCurrent().navigate("");
        return find(SideNav.class).all();
    }

    private List<String> menu() {
        return sections().stream().flatMap(nav -> nav.getItems().stream()).map(SideNavItem::getLabel).toList();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private void assertRefusedWithoutShowingThePage() {
        assertThat(getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isIn("Geen toegang", "Pagina niet gevonden");
        assertThat(find(Grid.class).withId("users").exists()).isFalse();
        // Vaadin hands the error page its (English, technical) reason for refusing; it must not show.
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(text -> text.toLowerCase().contains("denied") || text.contains("annotation"));
    }

    @Test
    void an_anonymous_visitor_sees_home_the_catalogue_and_a_sign_in_link() {
        assertThat(menu()).containsExactly("Home", "Bijeenkomsten");

        var signIn = find(Anchor.class).withId("sign-in").single();
        assertThat(signIn.getText()).isEqualTo("Inloggen");
        assertThat(test(signIn).getPath()).isEqualTo("login");
        assertThat(find(Button.class).withId("sign-out").exists()).isFalse();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_sees_home_overview_and_users_and_can_sign_out() {
        assertThat(menu()).containsSubsequence("Overzicht", "Tourplanning", "Sessies", "Deelnemerslijsten", "Gebruikers",
                "Startpagina", "Openbare sessies");

        assertThat(find(Button.class).withId("sign-out").single().getText()).isEqualTo("Uitloggen");
        assertThat(find(Anchor.class).withId("sign-in").exists()).isFalse();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_sees_home_and_overview_but_not_users() {
        assertThat(menu()).containsExactly("Overzicht", "Datums voor de tour", "Deelnemerslijsten", "Agenda-links", "Startpagina",
                "Openbare sessies");
    }

    @Test
    @WithSignedInUser(Role.TRAINER)
    void a_trainer_sees_home_and_overview_but_not_users() {
        assertThat(menu()).containsExactly("Overzicht", "Startpagina", "Openbare sessies");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_organisers_menu_is_grouped_with_one_icon_and_one_name_per_entry() {
        var sections = sections();
        assertThat(sections).extracting(SideNav::getLabel)
                .containsExactly(null, "Planning", "Deelnemers", "Communicatie", "Beheer", "Openbare site");
        var items = sections.stream().flatMap(nav -> nav.getItems().stream()).toList();
        assertThat(items).hasSizeGreaterThan(15);
        assertThat(items).extracting(SideNavItem::getLabel).doesNotHaveDuplicates().doesNotContain("Home", "Bijeenkomsten");
        assertThat(items).extracting(item -> item.getPrefixComponent().getElement().getAttribute("icon"))
                .doesNotContainNull().doesNotHaveDuplicates();
        assertThat(sections.get(1).getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Tourplanning", "Sessies", "Kalender", "Tourplan voorstellen", "Tourplanning: wensen");
        assertThat(sections.get(4).getItems()).extracting(SideNavItem::getLabel)
                .containsSubsequence("Trainers", "Beschikbaarheid trainers", "Schoolvakanties");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_opens_the_user_administration() {
        UI.getCurrent().navigate(USERS);

        assertThat(currentPath()).isEqualTo(USERS);
        assertThat(find(Grid.class).withId("users").exists()).isTrue();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_typing_the_users_address_is_refused() {
        UI.getCurrent().navigate(USERS);

        assertRefusedWithoutShowingThePage();
    }

    @Test
    @WithSignedInUser(Role.TRAINER)
    void a_trainer_typing_the_users_address_is_refused() {
        UI.getCurrent().navigate(USERS);

        assertRefusedWithoutShowingThePage();
    }

    @Test
    void an_anonymous_visitor_opening_the_overview_lands_on_the_sign_in_page() {
        UI.getCurrent().navigate("overzicht");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_opening_the_users_page_lands_on_the_sign_in_page() {
        UI.getCurrent().navigate(USERS);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(find(Grid.class).withId("users").exists()).isFalse();
    }

    @Test
    void an_unknown_address_shows_the_dutch_not_found_page() {
        UI.getCurrent().navigate("bestaat-niet");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Pagina niet gevonden");
    }
}
