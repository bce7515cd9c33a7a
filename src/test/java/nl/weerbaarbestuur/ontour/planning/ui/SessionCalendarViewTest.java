package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SessionCalendarViewTest extends PlanningUiTestSupport {

    @Test
    void a_session_appears_on_its_day_in_the_month_and_in_the_week_with_its_title_as_text() {
        var tour = newTour();
        var title = unique("Weerbaar <b>in</b> de Staten & meer");
        var session = sessions.create(plan(tour, "OV", title, LocalDate.of(2027, 6, 9), Set.of()));

        open(SessionCalendarView.class, RouteParameters.empty(), QueryParameters.of("datum", "2027-06-09"));
        var day = find(Div.class).withId("cal-day-2027-06-09").single();
        var link = find(RouterLink.class, day).withId("cal-session-" + session.getId()).single();
        assertThat(link.getElement().getTextRecursively()).isEqualTo("19:00 OV " + title + " (Concept)");
        // Other tests share the database: only this session's absence on the next day is certain.
        assertThat(find(RouterLink.class, find(Div.class).withId("cal-day-2027-06-10").single())
                .withId("cal-session-" + session.getId()).exists()).isFalse();
        assertThat(find(Html.class).all()).as("user text is never HTML").isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = find(RadioButtonGroup.class).withId("cal-mode").single();
        test(mode).selectItem("Week");
        var weekDay = find(Div.class).withId("cal-day-2027-06-09").single();
        assertThat(find(RouterLink.class, weekDay).withId("cal-session-" + session.getId()).single()
                .getElement().getTextRecursively()).contains("19:00–21:30").contains("Overijssel").contains(title);
        assertThat(find(Div.class).withClassName("ot-cal-day").all()).hasSize(7);
    }
}
