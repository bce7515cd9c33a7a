package nl.weerbaarbestuur.ontour.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;

/** The public front door: what the programme is, why it exists, and the next sessions. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanningService planning;
    private final ProvinceService provinces;
    private final Div upcoming = new Div();

    HomeView(PlanningService planning, ProvinceService provinces) {
        this.planning = planning;
        this.provinces = provinces;
        addClassName("ot-page");
        addClassName("ot-home");

        var hero = new Section();
        hero.addClassName("ot-hero");
        var title = new H2(getTranslation("home.title"));
        title.setId("home-title");
        hero.add(title, new Paragraph(getTranslation("home.lead")));

        var facts = new Div(fact("12", "home.fact.provinces"), fact("572", "home.fact.seats"), fact("59%", "home.fact.aggression"));
        facts.addClassName("ot-facts");

        var what = new Section(new H2(getTranslation("home.what.title")), new Paragraph(getTranslation("home.what.text")));
        what.addClassName("ot-section");
        var privacy = new Section(new H2(getTranslation("home.privacy.title")), new Paragraph(getTranslation("home.privacy.text")));
        privacy.addClassName("ot-section");

        upcoming.addClassName("ot-session-list");
        upcoming.setId("upcoming-sessions");
        var next = new Section(new H2(getTranslation("home.upcoming.title")), upcoming);
        next.addClassName("ot-section");

        var staff = new Paragraph(getTranslation("home.staff"));
        staff.add(" ");
        staff.add(new Anchor("login", getTranslation("layout.sign-in")));
        staff.addClassName("ot-staff");

        add(hero, facts, next, what, privacy, staff);
    }

    private static Div fact(String figure, String key) {
        var number = new Span(figure);
        number.addClassName("ot-fact-figure");
        var label = new Span();
        label.addClassName("ot-fact-label");
        var fact = new Div(number, label);
        fact.addClassName("ot-fact");
        fact.addAttachListener(e -> label.setText(fact.getTranslation(key)));
        return fact;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var byCode = provinces.all().stream().collect(Collectors.toMap(Province::getCode, Function.identity()));
        upcoming.removeAll();
        var sessions = planning.publicSessions(null, null);
        if (sessions.isEmpty()) {
            upcoming.add(new Paragraph(getTranslation("home.upcoming.none")));
        }
        sessions.stream().limit(6).forEach(s -> upcoming.add(new SessionCard(s, byCode.get(s.provinceCode()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
