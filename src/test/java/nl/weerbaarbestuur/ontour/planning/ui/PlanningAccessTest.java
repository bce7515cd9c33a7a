package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import nl.weerbaarbestuur.ontour.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PlanningAccessTest extends PlanningUiTestSupport {

    @Test
    void a_griffie_user_cannot_open_the_session_editor() {
        signIn(Role.GRIFFIE, "griffie.utrecht@test.ontour.nl", Set.of("UT"));

        UI.getCurrent().navigate("planning/sessie/nieuw");

        assertThat(getCurrentView()).isNotInstanceOf(SessionEditorView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Geen toegang");
    }
}
