package nl.weerbaarbestuur.ontour.home.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerInviteAnswers;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.reminder.GriffieDigestService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * After sign-in: who you are, what needs doing (each with a link to where it is done), and the
 * upcoming sessions you work with. Scoped by role: an organiser sees all, a griffie its provinces,
 * a trainer its own sessions.
 */
@Route("overzicht")
@Menu(order = 1, title = "nav.dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanningService planning;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final H2 greeting = new H2();
    private final H2 upcomingHeading = new H2();
    private final Paragraph scope = new Paragraph();
    private final Grid<SessionFacts> sessions = new Grid<>();
    private final GriffieDigestService digests;
    private final Checkbox digest = new Checkbox();
    private final SeatCounts seatCounts;
    private final TourService tours;
    private final MailOutbox mails;
    private final Clock clock;
    private final DashboardTasks tasks = new DashboardTasks();
    private final TrainerInviteAnswers trainerAnswers;
    private Map<String, Province> byCode = Map.of();

    DashboardView(PlanningService planning, ProvinceService provinces, CurrentUser currentUser, GriffieDigestService digests,
                  SeatCounts seatCounts, TourService tours, MailOutbox mails, Clock clock, TrainerInviteAnswers trainerAnswers) {
        this.trainerAnswers = trainerAnswers;
        this.planning = planning;
        this.seatCounts = seatCounts;
        this.tours = tours;
        this.mails = mails;
        this.clock = clock;
        this.digests = digests;
        this.provinces = provinces;
        this.currentUser = currentUser;
        addClassName("ot-page");
        upcomingHeading.setText(getTranslation("dashboard.upcoming"));
        greeting.setId("greeting");
        scope.setId("scope");
        sessions.setId("my-sessions");
        sessions.setAllRowsVisible(true);
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        digest.setId("digest-subscribed");
        digest.setLabel(getTranslation("digest.subscribed"));
        digest.setVisible(false);
        digest.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                digests.subscribe(e.getValue());
            }
        });
        addColumns();
        add(greeting, scope, digest, new H2(getTranslation("dashboard.tasks")), tasks, upcomingHeading, sessions);
    }

    private void addColumns() {
        var when = sessions.addColumn(s -> DutchTime.dateTime(s.startsAt(), getLocale())).setHeader(getTranslation("session.when"))
                .setWidth("8rem").setFlexGrow(0);
        var province = sessions.addColumn(s -> provinceName(s.provinceCode())).setHeader(getTranslation("session.province"))
                .setWidth("8rem").setFlexGrow(0);
        // Titles wrap rather than being cut off to "Weerb..."; the short columns take the width they need.
        var title = sessions.addComponentColumn(this::titleCell).setHeader(getTranslation("session.title")).setFlexGrow(1)
                .setWidth("7rem");
        var format = sessions.addColumn(s -> getTranslation("format." + s.format().name())).setHeader(getTranslation("session.format"))
                .setWidth("7rem").setFlexGrow(0);
        var status = sessions.addColumn(s -> getTranslation("status." + s.status().name())).setHeader(getTranslation("session.status"))
                .setWidth("8rem").setFlexGrow(0);
        var checkIn = sessions.addComponentColumn(s -> checkInLink(s).<com.vaadin.flow.component.Component>map(a -> a)
                        .orElseGet(Span::new))
                .setHeader(getTranslation("results.checkin.column")).setWidth("8rem").setFlexGrow(0);
        // As many columns as fit, most important first. On a phone: when, and the title with the
        // check-in link below it (what a trainer at the door needs), as its own column does not fit.
        var fit = FittedColumns.fit(sessions, java.util.List.of(title, when, checkIn, status, province, format));
        fit.onLeftOut(out -> sessions.setClassName("ot-checkin-in-title", out.contains(checkIn)));
    }

    private String provinceName(String code) {
        return byCode.containsKey(code) ? byCode.get(code).getName() : code;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        byCode = provinces.all().stream().collect(Collectors.toMap(Province::getCode, Function.identity()));
        greeting.setText(getTranslation("dashboard.greeting", user.displayName()));
        var names = user.provinceCodes().stream().map(c -> byCode.containsKey(c) ? byCode.get(c).getName() : c)
                .sorted().collect(Collectors.joining(", "));
        scope.setText(getTranslation("dashboard.scope." + user.role().name(), names));
        if (user.role() == Role.GRIFFIE) {
            digest.setValue(digests.isSubscribed());
            digest.setVisible(true);
        }

        var upcoming = planning.upcomingForCurrentUser();
        if (user.role() == Role.TRAINER) {
            // A draft may still move or vanish: a trainer hears of a session once it is published.
            upcoming = upcoming.stream().filter(s -> s.status() != SessionStatus.DRAFT).toList();
        }
        sessions.setItems(upcoming);
        sessions.setEmptyStateText(getTranslation("dashboard.no-sessions"));
        showTasks(user.role(), upcoming, byCode);
    }

    /** The title, with the check-in link below it while its own column does not fit (see ontour.css). */
    private Div titleCell(SessionFacts session) {
        var cell = new Div(new Span(session.title()));
        checkInLink(session).ifPresent(link -> {
            link.addClassName("ot-checkin-below-title");
            cell.add(link);
        });
        return cell;
    }

    /** The check-in page lives in the attendance module (aanwezigheid/{id}), linked by address only. A draft has none. */
    private java.util.Optional<com.vaadin.flow.component.html.Anchor> checkInLink(SessionFacts session) {
        return session.status() == SessionStatus.DRAFT ? java.util.Optional.empty()
                : java.util.Optional.of(new com.vaadin.flow.component.html.Anchor("aanwezigheid/" + session.id(),
                getTranslation("results.checkin.link")));
    }

    /** The to-do sections, read in a fixed number of statements however many sessions there are. */
    private void showTasks(Role role, List<SessionFacts> upcoming, Map<String, Province> byCode) {
        var ids = upcoming.stream().map(SessionFacts::id).toList();
        boolean planner = role == Role.ORGANISER;
        var now = clock.instant();
        var uncovered = new ArrayList<DashboardTasks.Uncovered>();
        if (planner) {
            var today = DutchTime.inAmsterdam(now).toLocalDate();
            for (var tour : tours.all()) {
                if (tour.getEndsOn() == null || !tour.getEndsOn().isBefore(today)) {
                    planning.uncoveredProvinces(tour.getId()).forEach(code -> uncovered.add(new DashboardTasks.Uncovered(
                            tour.getId(), tour.getName(), code, byCode.containsKey(code) ? byCode.get(code).getName() : code)));
                }
            }
        }
        tasks.show(code -> byCode.containsKey(code) ? byCode.get(code).getName() : code, new DashboardTasks.Facts(upcoming, seatCounts.of(ids), seatCounts.byStatus(ids), planner, uncovered,
                planner ? mails.failedCount() : 0, now, planner ? trainerDeclines(ids) : List.of()));
    }

    /** The trainers who declined an upcoming session in their calendar, with their names: two statements. */
    private List<DashboardTasks.TrainerDeclined> trainerDeclines(List<Long> sessionIds) {
        var declined = trainerAnswers.of(sessionIds).stream()
                .filter(a -> a.answer() == nl.weerbaarbestuur.ontour.shared.CalendarAnswer.DECLINED).toList();
        if (declined.isEmpty()) {
            return List.of();
        }
        var names = planning.trainers(declined.stream().map(TrainerInviteAnswers.Answer::trainerId).distinct().toList()).stream()
                .collect(Collectors.toMap(nl.weerbaarbestuur.ontour.planning.SessionTrainer::id,
                        nl.weerbaarbestuur.ontour.planning.SessionTrainer::name));
        return declined.stream().map(a -> new DashboardTasks.TrainerDeclined(a.sessionId(),
                names.getOrDefault(a.trainerId(), "#" + a.trainerId()))).toList();

    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
