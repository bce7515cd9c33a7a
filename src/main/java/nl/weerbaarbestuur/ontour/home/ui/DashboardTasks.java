package nl.weerbaarbestuur.ontour.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * "What needs doing": one section per kind of work, each line a link to the page where it is
 * done. Built from data the view read in a fixed number of statements; this class reads nothing.
 */
class DashboardTasks extends Div {

    static final Duration SOON = Duration.ofDays(14);

    /** What the dashboard knows; the sections shown depend on the role (empty lists are left out of the sums). */
    record Facts(List<SessionFacts> upcoming, Map<Long, SeatCounts.Count> seats,
                 Map<Long, Map<RegistrationStatus, Integer>> statuses, boolean planner, List<Uncovered> uncovered,
                 long failedMails, Instant now, List<TrainerDeclined> trainerDeclines) {
    }

    /** A trainer who declined their invite for an upcoming session (in their calendar): an organiser finds someone else. */
    record TrainerDeclined(long sessionId, String trainerName) {
    }

    /** A province without a session in a current tour. */
    record Uncovered(long tourId, String tourName, String provinceCode, String provinceName) {
    }

    private Function<String, String> provinceName = Function.identity();

    DashboardTasks() {
        setId("dashboard-tasks");
        addClassName("ot-dashboard-tasks");
    }

    void show(Function<String, String> provinceName, Facts facts) {
        this.provinceName = provinceName;
        removeAll();
        var approvals = facts.upcoming().stream().filter(s -> status(facts, s, RegistrationStatus.AWAITING_APPROVAL) > 0)
                .toList();
        section("approvals", approvals.stream().map(s -> line(s, "dashboard.task.approvals",
                "griffie/sessie/" + s.id(), status(facts, s, RegistrationStatus.AWAITING_APPROVAL))).toList());
        if (facts.planner()) {
            var unstaffed = facts.upcoming().stream().filter(s -> s.status() != SessionStatus.CANCELLED)
                    .filter(s -> s.trainerNames().isEmpty() || (s.format().hasVenue() && s.place().name() == null)).toList();
            section("unstaffed", unstaffed.stream().map(s -> line(s, missingKey(s), "planning/sessie/" + s.id())).toList());
        }
        if (facts.planner()) {
            var byId = new java.util.HashMap<Long, SessionFacts>();
            facts.upcoming().forEach(s -> byId.put(s.id(), s));
            section("trainer-declined", facts.trainerDeclines().stream().filter(d -> byId.containsKey(d.sessionId()))
                    .filter(d -> byId.get(d.sessionId()).status() != SessionStatus.CANCELLED)
                    .map(d -> line(byId.get(d.sessionId()), "dashboard.task.trainer-declined",
                            "planning/sessie/" + d.sessionId(), d.trainerName())).toList());
        }
        var full = facts.upcoming().stream().filter(s -> {
            var seats = facts.seats().getOrDefault(s.id(), SeatCounts.Count.NONE);
            return seats.waitlisted() > 0 && seats.seatsLeft(s.capacity()) == 0;
        }).toList();
        section("full", full.stream().map(s -> line(s, "dashboard.task.full", "griffie/sessie/" + s.id(),
                facts.seats().get(s.id()).waitlisted())).toList());
        if (facts.planner()) {
            section("uncovered", facts.uncovered().stream().map(u -> {
                var item = new ListItem();
                var link = new Anchor("planning/sessie?tour=" + u.tourId() + "&provincie=" + u.provinceCode(),
                        getTranslation("dashboard.task.uncovered", u.provinceName(), u.tourName()));
                item.add(link);
                return item;
            }).toList());
        }
        var soon = facts.upcoming().stream().filter(s -> s.status() == SessionStatus.PUBLISHED)
                .filter(s -> s.startsAt().isBefore(facts.now().plus(SOON))).toList();
        section("soon", soon.stream().map(s -> {
            var seats = facts.seats().getOrDefault(s.id(), SeatCounts.Count.NONE);
            return line(s, "dashboard.task.soon", "aanwezigheid/" + s.id(), seats.confirmed(), s.capacity());
        }).toList());
        if (facts.planner() && facts.failedMails() > 0) {
            var item = new ListItem(new Anchor("beheer/mail", getTranslation("dashboard.task.failed-mails", facts.failedMails())));
            section("failed-mails", List.of(item));
        }
        if (getChildren().findAny().isEmpty()) {
            var nothing = new Paragraph(getTranslation("dashboard.task.nothing"));
            nothing.setId("dashboard-nothing");
            add(nothing);
        }
    }

    private static int status(Facts facts, SessionFacts s, RegistrationStatus status) {
        return facts.statuses().getOrDefault(s.id(), Map.of()).getOrDefault(status, 0);
    }

    private static String missingKey(SessionFacts s) {
        boolean noTrainer = s.trainerNames().isEmpty();
        boolean noVenue = s.format().hasVenue() && s.place().name() == null;
        return noTrainer && noVenue ? "dashboard.task.no-trainer-no-venue"
                : noTrainer ? "dashboard.task.no-trainer" : "dashboard.task.no-venue";
    }

    /** "di 14 sep. 2027, 19:00 · Utrecht · Title": the link names the session, the note says what is the matter. */
    private ListItem line(SessionFacts s, String key, String href, Object... args) {
        var item = new ListItem();
        var link = new Anchor(href, DutchTime.dateTime(s.startsAt(), getLocale()) + " · "
                + provinceName.apply(s.provinceCode()) + " · " + s.title());
        var note = new Span(getTranslation(key, args));
        note.addClassName("ot-muted");
        item.add(link, new Span(" — "), note);
        return item;
    }

    private void section(String name, List<ListItem> items) {
        if (items.isEmpty()) {
            return;
        }
        var section = new Section();
        section.setId("task-" + name);
        section.addClassName("ot-task");
        var heading = new H3(getTranslation("dashboard.task." + name + ".title", items.size()));
        var list = new UnorderedList();
        list.addClassName("ot-task-list");
        new ArrayList<>(items).forEach(list::add);
        section.add(heading, list);
        add(section);
    }
}
