package nl.weerbaarbestuur.ontour.replies.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.replies.ReplyLog;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisers' "Agenda-antwoorden": outcomes, answers and reasons in words, the session linked
 * when the reply matched one of our invites, the sender masked, filters on outcome and period; and
 * nothing of a forged message's own text on the page. Its rows are written straight into the log,
 * on a day of their own far in the future (the database outlives a run and holds other tests' rows).
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class ReplyLogViewTest extends SpringBrowserlessTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>\u0007\r\nINFO forged https://evil.example/";

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private LocalDate day;
    private long session;
    private String title;

    @BeforeEach
    void repliesOfOneDay() {
        clock.set(FixedClockConfiguration.NOW);
        title = PlanningFixture.uniqueTitle("Antwoordenlog");
        session = new PlanningFixture(context).publishedSession("DR", title, Duration.ofDays(30)).getId();
        day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
        row(9, "DECLINED_CANCELLED", "DECLINED", "reg-77-session-" + session + "@ontour", 77L, null, "anna.agenda@example.nl", null);
        row(10, "UNKNOWN_INVITE", "DECLINED", "reg-1-session-" + session + "@ontour", null, null, "bert@example.nl", null);
        row(11, "MALFORMED", null, null, null, null, "aanvaller@evil.example",
                "METHOD is not REPLY or COUNTER: " + HOSTILE);
        row(12, "OTHER_ANSWER", HOSTILE.substring(0, 20), "reg-78-session-" + session + "@ontour", 78L, null,
                "carla@example.nl", null);
        row(13, "OUT_OF_DATE", "DECLINED", "trainer-5-session-" + session + "@ontour", null, 5L, "tineke@trainers.example.nl",
                "answers sequence 0, an older version than the current 2");
        row(14, "SUSPECT", "DECLINED", HOSTILE, null, null, "aanvaller@evil.example",
                "From, ATTENDEE and the invited address differ");
    }

    private void row(int hour, String outcome, String partStat, String uid, Long registrationId, Long trainerId, String sender,
                     String detail) {
        var at = day.atTime(hour, 0).atZone(DutchTime.ZONE).toInstant();
        jdbc.update("insert into calendar_reply (message_key, handled_at, outcome, part_stat, uid, reply_sequence, registration_id,"
                        + " trainer_id, sender, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), Timestamp.from(at), outcome, partStat, uid, 0, registrationId, trainerId, sender, detail);
    }

    @SuppressWarnings("unchecked")
    private Grid<ReplyLog.Line> grid() {
        return find(Grid.class).withId("replies-log").single();
    }

    /** Every cell of every row as the page shows it, newest row first. */
    private List<List<String>> cells() {
        var grid = grid();
        var rows = new ArrayList<List<String>>();
        for (int r = 0; r < test(grid).size(); r++) {
            var row = new ArrayList<String>();
            for (int c = 0; c < grid.getColumns().size(); c++) {
                row.add(test(grid).getCellText(r, c));
            }
            rows.add(row);
        }
        return rows;
    }

    private void onlyThisDay() {
        find(DatePicker.class).withId("replies-from").single().setValue(day);
        find(DatePicker.class).withId("replies-to").single().setValue(day);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_reads_outcomes_answers_and_reasons_in_words_with_the_sender_masked() {
        UI.getCurrent().navigate("beheer/agenda-antwoorden");
        assertThat(find(H2.class).single().getText()).isEqualTo("Agenda-antwoorden");
        onlyThisDay();

        var rows = cells();
        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("Verdacht, niets gewijzigd",
                "Antwoord op een andere versie, niets gewijzigd", "Ander antwoord, niets gewijzigd", "Onleesbare agenda",
                "Onbekende uitnodiging", "Afgewezen: aanmelding geannuleerd");
        var declined = rows.get(5);
        assertThat(declined.get(0)).isEqualTo(DutchTime.dateTime(day.atTime(9, 0).atZone(DutchTime.ZONE).toInstant(), DutchTime.DUTCH));
        assertThat(declined.get(3)).isEqualTo("afgewezen");
        assertThat(declined.get(4)).isEqualTo("a•••@e•••.nl");
        assertThat(rows.get(1).get(5)).isEqualTo("Antwoord op versie 0 van de uitnodiging; de huidige is 2");
        assertThat(rows.get(2).get(3)).as("a PARTSTAT that is none of RFC 5545's").isEqualTo("onbekend antwoord");
        assertThat(rows.get(3).get(5)).isEqualTo("Het agenda-deel is geen antwoord (METHOD is niet REPLY of COUNTER)");
        assertThat(rows.get(0).get(5)).isEqualTo("Afzender, deelnemer in de agenda en uitgenodigd adres komen niet overeen");
        assertThat(find(Span.class).withId("replies-count").single().getText()).isEqualTo("6 bericht(en)");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_session_is_linked_to_its_editor_only_when_the_reply_matched_one_of_our_invites() {
        UI.getCurrent().navigate("beheer/agenda-antwoorden");
        onlyThisDay();
        var grid = grid();

        var links = new ArrayList<String>();
        for (int r = 0; r < test(grid).size(); r++) {
            Component cell = test(grid).getCellComponent(r, 2);
            var anchors = new ArrayList<Anchor>();
            collect(cell, anchors);
            links.add(anchors.isEmpty() ? "-" : anchors.getFirst().getHref() + " " + anchors.getFirst().getText());
        }
        var editor = "planning/sessie/" + session + " " + title;
        // Newest first: suspect, trainer's old answer, other answer, malformed, unknown (a made-up UID of our shape), declined.
        assertThat(links).containsExactly("-", editor, editor, "-", "-", editor);
        assertThat(test(grid).getCellText(1, 2)).endsWith("(trainer)");
    }

    private static void collectHtml(Component component, List<Html> found) {
        if (component instanceof Html html) {
            found.add(html);
        }
        component.getChildren().forEach(child -> collectHtml(child, found));
    }

    private static void collect(Component component, List<Anchor> found) {
        if (component instanceof Anchor anchor) {
            found.add(anchor);
        }
        component.getChildren().forEach(child -> collect(child, found));
    }

    @SuppressWarnings("unchecked")
    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_log_is_filtered_by_outcome_and_period() {
        UI.getCurrent().navigate("beheer/agenda-antwoorden");
        onlyThisDay();
        Select<String> outcome = find(Select.class).withId("replies-outcome").single();
        assertThat(outcome.getItemLabelGenerator().apply("COUNTER")).isEqualTo("Tegenvoorstel, niets gewijzigd");

        outcome.setValue("SUSPECT");
        assertThat(cells()).extracting(r -> r.get(1)).containsExactly("Verdacht, niets gewijzigd");

        outcome.clear();
        find(DatePicker.class).withId("replies-from").single().setValue(day.plusDays(1));
        find(DatePicker.class).withId("replies-to").single().setValue(day.plusDays(1));
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void nothing_of_a_forged_message_reaches_the_page() {
        UI.getCurrent().navigate("beheer/agenda-antwoorden");
        onlyThisDay();
        var grid = grid();

        var everything = new StringBuilder();
        cells().forEach(row -> row.forEach(cell -> everything.append(cell).append('|')));
        for (int r = 0; r < test(grid).size(); r++) {
            everything.append(test(grid).getRow(r)).append('|');
        }
        assertThat(everything.toString()).doesNotContain("<img", "onerror", "\u0007", "forged", "evil.example/", "aanvaller",
                "anna.agenda");
        var html = new ArrayList<Html>();
        collectHtml((Component) getCurrentView(), html);
        assertThat(html).as("no raw HTML in the view").isEmpty();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "DR")
    void a_griffie_cannot_open_the_log() {
        UI.getCurrent().navigate("beheer/agenda-antwoorden");

        assertThat(getCurrentView()).isNotInstanceOf(ReplyLogView.class);
        assertThat(find(Grid.class).withId("replies-log").exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Geen toegang");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "DR")
    void a_griffie_cannot_read_the_log_through_the_service_either() {
        var log = context.getBean(ReplyLog.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.search(ReplyLog.Filter.ALL, 0, 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
