package nl.weerbaarbestuur.ontour.tourplanning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.ui.ProvinceMap;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import nl.weerbaarbestuur.ontour.tourplanning.FakeTourPlanner;
import nl.weerbaarbestuur.ontour.tourplanning.FakeTourPlannerConfiguration;
import nl.weerbaarbestuur.ontour.tourplanning.ReasonTexts;
import nl.weerbaarbestuur.ontour.tourplanning.TourPlanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The organiser's planner screen, against {@link FakeTourPlanner} (which stands in for the solver
 * here): the live plan on the map and in the list, the explanation, stopping, accepting, and
 * the plan's unplaced sessions.
 */
@SpringBootTest
@Import(FakeTourPlannerConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class TourPlanViewTest extends SpringBrowserlessTest {

    @Autowired FakeTourPlanner planner;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired PlanningService planning;
    @Autowired UserAccountService accounts;
    @Autowired ApplicationContext context;

    private long tourId;

    @BeforeEach
    void signInAndMakeATour() {
        // The real first organiser: sessions created on accepting record who made them.
        SignInAs.role(Role.ORGANISER);
        var admin = accounts.all().stream().filter(a -> a.getEmail().equals(TestAccounts.FIRST_ORGANISER)).findFirst().orElseThrow();
        SignInAs.user(new nl.weerbaarbestuur.ontour.security.SignedInUser(admin.getId(), admin.getEmail(),
                admin.getDisplayName(), Role.ORGANISER, Set.of(), "", true));
        var today = LocalDate.now();
        tourId = tours.create(PlanningFixture.uniqueTitle("Plantour"), null, today, today.plusMonths(6),
                "tour@test.ontour.nl").getId();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private TourPlanView open() {
        UI.getCurrent().navigate("planning/tourplan", QueryParameters.of("tour", Long.toString(tourId)));
        return (TourPlanView) getCurrentView();
    }

    private TourPlanView proposed() {
        var view = open();
        test(find(Button.class).withId("propose-plan").single()).click();
        return view;
    }

    private static void poll() {
        var ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private Document map() {
        return Jsoup.parse(find(ProvinceMap.class).single().markup());
    }

    private boolean marked(String province) {
        return map().selectFirst("a.ot-province[data-province=" + province + "]").hasClass("ot-marked");
    }

    private Div card(String key) {
        return find(Div.class).withId("proposal-" + key).single();
    }

    @Test
    void an_organiser_proposes_and_sees_the_plan_improve_on_the_map_and_in_the_list() {
        var view = proposed();

        assertThat(find(Span.class).withId("run-state").single().getText()).startsWith("Bezig met plannen");
        assertThat(find(ProgressBar.class).withId("run-progress-bar").single().getValue()).isEqualTo(25);
        assertThat(view.polling()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Polling.INTERVAL_MILLIS);
        assertThat(card("new-UT").getElement().getOuterHTML()).contains("Nieuw").contains("Utrecht");
        assertThat(find(Section.class).withId("unplaced").single().getElement().getOuterHTML()).contains("Fryslân", "Zeeland");
        assertThat(marked("UT")).isTrue();
        assertThat(marked("FR")).isFalse();
        assertThat(map().selectFirst("a[data-province=UT]").attr("aria-label")).endsWith("; voorstel: 1 sessie");

        poll();

        assertThat(find(ProgressBar.class).withId("run-progress-bar").single().getValue()).isEqualTo(50);
        assertThat(marked("FR")).isTrue();
        assertThat(find(Section.class).withId("unplaced").single().getElement().getOuterHTML())
                .doesNotContain("Fryslân").contains("Zeeland");
        assertThat(find(Button.class).withId("accept-all").single().isEnabled()).as("not while solving").isFalse();
        assertThat(find(Paragraph.class).withId("accept-hint").single().isVisible()).isTrue();
    }

    @Test
    void the_score_and_the_explanation_are_sentences_with_their_message_key_arguments_translated() {
        proposed();
        poll();

        assertThat(find(Paragraph.class).withId("plan-score").single().getText())
                .isEqualTo("Geen waarschuwingen: de planning botst met geen enkele regel; "
                        + "nog geen sessie in 1 provincie: Zeeland.");
        var friesland = card("new-FR");
        var explanation = find(Details.class).from(friesland).single();
        test(explanation).openDetails();
        assertThat(explanation.isOpened()).isTrue();
        var html = Jsoup.parse(friesland.getElement().getOuterHTML());
        assertThat(html.select("ul.tp-why li").eachText()).containsExactly("Geen waarschuwingen: de planning botst met geen enkele regel.");
        assertThat(html.select("ul.tp-gives-up li").eachText())
                .containsExactly("Deze datum valt op een feestdag: Dodenherdenking (4 mei, avond).");

        poll();

        assertThat(find(Details.class).from(card("new-FR")).single().isOpened()).as("stays open across refreshes").isTrue();
    }

    @Test
    void unplaced_sessions_are_listed_with_their_reasons_not_as_an_error() {
        proposed();
        poll();

        var zeeland = card("new-ZE");
        assertThat(zeeland.getClassNames()).contains("tp-card-unplaced");
        assertThat(Jsoup.parse(zeeland.getElement().getOuterHTML()).select("ul.tp-unplaced-reasons li").eachText())
                .containsExactly("In deze tour is nog geen sessie gepland in: Zeeland.");
        assertThat(find(Checkbox.class).from(zeeland).exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").exists()).isFalse();
    }

    @Test
    void stopping_ends_the_run_and_the_polling_and_allows_accepting() {
        var view = proposed();

        test(find(Button.class).withId("stop-run").single()).click();

        assertThat(find(Span.class).withId("run-state").single().getText()).startsWith("Gestopt");
        assertThat(find(ProgressBar.class).withId("run-progress-bar").single().getValue()).isEqualTo(100);
        assertThat(view.polling()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(find(Button.class).withId("stop-run").exists()).as("hidden once ended").isFalse();
        assertThat(find(Button.class).withId("accept-all").single().isEnabled()).isTrue();
        assertThat(find(Paragraph.class).withId("accept-hint").exists()).as("the wait hint is gone").isFalse();
    }

    @Test
    void accepting_the_selected_session_makes_a_draft_links_to_it_and_fills_the_map() {
        proposed();
        planner.finishAll();
        poll();
        var acceptSelected = find(Button.class).withId("accept-selected").single();
        assertThat(acceptSelected.isEnabled()).as("nothing selected yet").isFalse();

        test(find(Checkbox.class).from(card("new-UT")).single()).click();
        assertThat(acceptSelected.getText()).isEqualTo("Geselecteerde overnemen (1)");
        test(acceptSelected).click();
        var dialog = find(ConfirmDialog.class).withId("accept-dialog").single();
        assertThat(test(dialog).getText()).startsWith("1 voorgestelde sessie wordt een conceptsessie");
        test(find(Button.class).withId("accept-confirm").single()).click();

        assertThat(planner.accepts()).last().satisfies(a -> assertThat(a.keys()).containsExactly("new-UT"));
        var made = planner.accepts().getLast().sessionIds();
        assertThat(made).hasSize(1);
        var draft = sessionsOfTour().stream().filter(s -> s.id() == made.getFirst()).findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(draft.provinceCode()).isEqualTo("UT");
        assertThat(find(Paragraph.class).withId("accept-summary").single().getText()).isEqualTo("1 conceptsessie aangemaakt.");
        var link = find(Anchor.class).from(find(Div.class).withId("accept-result").single()).single();
        assertThat(link.getHref()).isEqualTo("planning/sessie/" + draft.id());
        assertThat(link.getText()).startsWith("Utrecht, ");
        var filled = map().selectFirst("a[data-province=UT]");
        assertThat(filled.classNames()).contains("ot-coverage-planned").doesNotContain("ot-marked");
        assertThat(marked("FR")).as("not taken over yet").isTrue();
        assertThat(card("new-UT").getElement().getOuterHTML()).contains("Overgenomen");
        assertThat(find(Checkbox.class).from(card("new-UT")).exists()).isFalse();
    }

    @Test
    void a_second_accept_adds_its_drafts_to_the_links_of_the_first() {
        proposed();
        planner.finishAll();
        poll();
        test(find(Checkbox.class).from(card("new-UT")).single()).click();
        test(find(Button.class).withId("accept-selected").single()).click();
        test(find(Button.class).withId("accept-confirm").single()).click();
        long utrecht = planner.accepts().getLast().sessionIds().getFirst();

        test(find(Button.class).withId("accept-all").single()).click();
        test(find(Button.class).withId("accept-confirm").single()).click();

        long friesland = planner.accepts().getLast().sessionIds().getFirst();
        assertThat(planner.accepts().getLast().sessionIds()).as("Utrecht is not made twice").containsExactly(friesland);
        var links = find(Anchor.class).from(find(Div.class).withId("accept-result").single()).all();
        assertThat(links).extracting(Anchor::getHref)
                .containsExactly("planning/sessie/" + utrecht, "planning/sessie/" + friesland);
        assertThat(links.get(1).getText()).startsWith("Fryslân, ");
        assertThat(find(Paragraph.class).withId("accept-summary").single().getText()).isEqualTo("2 conceptsessies aangemaakt.");

        test(find(Button.class).withId("propose-plan").single()).click();

        assertThat(find(Div.class).withId("accept-result").exists()).as("a new run starts without the old links").isFalse();
    }

    @Test
    void accepting_all_moves_a_draft_and_leaves_a_published_session_where_it_is() {
        var fixture = new PlanningFixture(context);
        var published = fixture.publishedSession("GR", PlanningFixture.uniqueTitle("Vast"), Duration.ofDays(20));
        var draft = fixture.draftSession("LI", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(30));
        tourId = fixture.tourId();
        var draftStart = sessions.get(draft.getId()).getStartsAt();
        var publishedStart = sessions.get(published.getId()).getStartsAt();
        proposed();
        planner.finishAll();
        poll();
        assertThat(card("existing-" + published.getId()).getElement().getOuterHTML()).contains("Vast");
        assertThat(find(Checkbox.class).from(card("existing-" + published.getId())).exists()).isFalse();
        assertThat(card("existing-" + draft.getId()).getElement().getOuterHTML()).contains("Verplaatst");

        test(find(Button.class).withId("accept-all").single()).click();
        test(find(Button.class).withId("accept-confirm").single()).click();

        assertThat(planner.accepts().getLast().keys())
                .containsExactlyInAnyOrder("new-UT", "new-FR", "existing-" + draft.getId());
        assertThat(find(Paragraph.class).withId("accept-summary").single().getText())
                .isEqualTo("2 conceptsessies aangemaakt, 1 concept verplaatst.");
        assertThat(sessions.get(draft.getId()).getStartsAt()).isEqualTo(draftStart.plus(Duration.ofDays(7)));
        assertThat(sessions.get(published.getId()).getStartsAt()).isEqualTo(publishedStart);
        assertThat(find(Button.class).withId("accept-all").single().isEnabled()).as("nothing left to take over").isFalse();
    }

    @Test
    void leaving_the_view_stops_the_polling() {
        var view = proposed();
        assertThat(view.polling()).isTrue();

        UI.getCurrent().navigate("planning");

        assertThat(view.polling()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void the_run_in_the_address_brings_a_reload_back_to_the_same_plan() {
        proposed();
        var id = planner.lastRun();

        UI.getCurrent().navigate("overzicht");
        UI.getCurrent().navigate("planning/tourplan",
                QueryParameters.simple(java.util.Map.of("tour", Long.toString(tourId), "run", String.valueOf(id))));

        assertThat(find(Div.class).withId("plan").single().isVisible()).isTrue();
        assertThat(card("new-UT")).isNotNull();
    }

    @Test
    void a_griffie_user_cannot_open_the_planner() {
        SignInAs.role(Role.GRIFFIE, "UT");

        UI.getCurrent().navigate("planning/tourplan");

        assertThat(getCurrentView()).isNotInstanceOf(TourPlanView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Geen toegang");
    }

    @Test
    void without_a_planner_in_the_application_the_page_says_so_and_offers_nothing_to_start() {
        var none = new StaticListableBeanFactory().getBeanProvider(TourPlanner.class);
        var view = new TourPlanView(none, tours, planning, context.getBean(ReasonTexts.class));
        UI.getCurrent().add(view);

        assertThat(find(Paragraph.class).withId("plan-message").from(view).single().getText())
                .startsWith("De tourplanner is in deze installatie niet beschikbaar.");
        assertThat(find(Button.class).withId("propose-plan").from(view).exists()).isFalse();
    }

    private List<SessionFacts> sessionsOfTour() {
        return planning.search(new SessionFilter(tourId, null, null, null, null, null));
    }
}
