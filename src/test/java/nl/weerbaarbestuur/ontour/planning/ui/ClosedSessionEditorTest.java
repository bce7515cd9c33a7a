package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "Besloten sessie" in the editor: the organiser closes a session and gets its invitation link,
 * revokes it and makes a new one; the griffie of the province sees and shares the link on its
 * attendee list, a griffie elsewhere does not.
 */
@SpringBootTest
class ClosedSessionEditorTest extends PlanningUiTestSupport {

    @Autowired SessionInvitations invitations;

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private String link() {
        return find(TextField.class).withId("invitation-link").single().getValue();
    }

    @Test
    void the_organiser_closes_a_session_and_shares_revokes_and_renews_its_invitation_link() {
        var created = sessions.create(plan(newTour(), "UT", unique("Besloten"), LocalDate.of(2027, 6, 8), Set.of()));
        sessions.publish(created.getId());
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());
        assertThat(find(TextField.class).withId("invitation-link").exists()).isFalse();

        test(find(Checkbox.class).withId("session-closed").single()).click();

        assertThat(sessions.get(created.getId()).isClosed()).isTrue();
        var first = link();
        assertThat(first).contains("/uitnodiging/");
        assertThat(invitations.sessionFor(token(first))).contains(created.getId());

        test(find(Button.class).withId("invitation-revoke").single()).click();
        assertThat(find(Div.class).withId("invitation-panel").single().getElement().getTextRecursively())
                .contains("geen geldige uitnodigingslink");
        assertThat(invitations.sessionFor(token(first))).isEmpty();

        test(find(Button.class).withId("invitation-renew").single()).click();
        var second = link();
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.sessionFor(token(second))).contains(created.getId());
    }

    @Test
    void the_griffie_of_the_province_sees_the_link_on_its_attendee_list_and_a_griffie_elsewhere_does_not() {
        var created = sessions.create(plan(newTour(), "UT", unique("Besloten griffie"), LocalDate.of(2027, 6, 15), Set.of()));
        sessions.publish(created.getId());
        var link = invitations.setClosed(created.getId(), true).link();

        signIn(Role.GRIFFIE, "griffie.utrecht@test.ontour.nl", Set.of("UT"));
        UI.getCurrent().navigate("griffie/sessie/" + created.getId());
        assertThat(find(TextField.class).withId("invitation-link").single().getValue()).isEqualTo(link);

        signIn(Role.GRIFFIE, "griffie.nh@test.ontour.nl", Set.of("NH"));
        UI.getCurrent().navigate("griffie/sessie/" + created.getId());
        assertThat(find(Div.class).withId("griffie-invitation").exists()).isFalse();
    }
}
