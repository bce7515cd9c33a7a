package nl.weerbaarbestuur.ontour.attendance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.CheckInSheet;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The check-in page for a tablet at the door: search by name, one tap to check in or undo, a
 * walk-in when a seat is free, and after the session "the rest did not come". Every open page of
 * the session refreshes when any device changes something (push).
 */
@Route("aanwezigheid/:sessionId")
@RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
class CheckInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AttendanceService attendance;
    private final ProvinceService provinces;
    private final CheckInBroadcaster broadcaster;
    private final H2 title = new H2();
    private final Paragraph when = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final TextField search = new TextField();
    private final Div list = new Div();
    private final Button walkIn = new Button();
    private final Button noShows = new Button();
    private final Paragraph namesHidden = new Paragraph();
    private final Paragraph othersHidden = new Paragraph();
    private final Paragraph noShowsLater = new Paragraph();
    private long sessionId;
    // beforeEnter sets it, or reroutes to an error page and this view is never shown.
    @SuppressWarnings("NullAway.Init")
    private CheckInSheet sheet;
    private @Nullable Registration subscription;
    private @Nullable Registration pollRegistration;

    CheckInView(AttendanceService attendance, ProvinceService provinces, CheckInBroadcaster broadcaster) {
        this.attendance = attendance;
        this.provinces = provinces;
        this.broadcaster = broadcaster;
        addClassNames("ot-page", "rs-checkin");
        title.setId("checkin-title");
        when.addClassName("ot-muted");
        counts.setId("checkin-counts");
        counts.addClassName("rs-checkin-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        state.setId("checkin-state");
        state.addClassName("ot-notice");
        search.setId("checkin-search");
        search.setLabel(getTranslation("results.checkin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> showRows());
        search.addClassName("rs-checkin-search");
        list.setId("checkin-list");
        list.addClassName("rs-checkin-list");
        walkIn.setText(getTranslation("results.checkin.walk-in"));
        walkIn.setId("walk-in-open");
        walkIn.addThemeVariants(ButtonVariant.LUMO_LARGE);
        walkIn.addClickListener(e -> openWalkIn());
        noShows.setText(getTranslation("results.checkin.no-shows"));
        noShows.setId("mark-no-shows");
        noShows.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_ERROR);
        noShows.addClickListener(e -> askNoShows());
        namesHidden.setId("checkin-names-hidden");
        namesHidden.addClassName("ot-notice");
        namesHidden.setText(getTranslation("results.checkin.names-hidden"));
        noShowsLater.setId("mark-no-shows-later");
        noShowsLater.addClassName("ot-muted");
        var actions = new HorizontalLayout(walkIn, noShows, noShowsLater);
        actions.setWrap(true);
        othersHidden.setId("checkin-others-hidden");
        othersHidden.addClassName("ot-muted");
        add(title, when, counts, state, namesHidden, othersHidden, search, list, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        try {
            // Opening the sheet is access-logged once; the refreshes that follow (other devices) are not.
            sheet = attendance.openSheet(sessionId);
            show();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        } catch (nl.weerbaarbestuur.ontour.shared.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        subscription = broadcaster.register(sessionId, () -> ui.access(this::refresh));
        if (sheet != null) {
            pollUntilTheEnd();
        }
    }

    /** While the session runs, look again every minute so the "mark the rest absent" button appears at the end. */
    private void pollUntilTheEnd() {
        getUI().ifPresent(ui -> {
            boolean running = sheet.open() && !sheet.mayMarkNoShows();
            if (running && pollRegistration == null) {
                ui.setPollInterval(60_000);
                pollRegistration = ui.addPollListener(e -> refresh());
            } else if (!running && pollRegistration != null) {
                stopPolling(ui);
            }
        });
    }

    private void stopPolling(com.vaadin.flow.component.UI ui) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    void refresh() {
        sheet = attendance.sheet(sessionId);
        show();
    }

    private void show() {
        title.setText(sheet.title());
        when.setText(DutchTime.period(sheet.startsAt(), sheet.endsAt(), getLocale())
                + (sheet.venueName() == null ? "" : " · " + sheet.venueName()));
        var text = getTranslation("results.checkin.counts", sheet.checkedIn(), sheet.confirmed(), sheet.capacity());
        if (sheet.walkIns() > 0) {
            text += " · " + getTranslation("results.checkin.counts-walk-ins", sheet.walkIns());
        }
        if (sheet.noShows() > 0) {
            text += " · " + getTranslation("results.checkin.counts-no-shows", sheet.noShows());
        }
        counts.setText(text);
        othersHidden.setVisible(sheet.othersHidden() > 0);
        othersHidden.setText(sheet.othersHidden() == 0 ? ""
                : getTranslation("closed.checkin.others-hidden", sheet.othersHidden(),
                DutchTime.dateTime(nl.weerbaarbestuur.ontour.attendance.CheckInWindow.opensAt(sheet.startsAt()), getLocale())));
        state.setVisible(!sheet.open());
        state.setText(sheet.open() ? "" : getTranslation("results.checkin.not-open"));
        walkIn.setVisible(sheet.mayWalkIn());
        // Offered only once the session has ended (the service refuses before); while it runs the page says
        // when it will be offered, and a poll brings it up on a tablet that is left open.
        noShows.setVisible(sheet.mayMarkNoShows() && sheet.rows().stream().anyMatch(r -> !r.checkedIn() && !r.noShow()));
        noShowsLater.setVisible(sheet.open() && !sheet.mayMarkNoShows());
        noShowsLater.setText(getTranslation("results.checkin.no-shows.after-end", DutchTime.time(sheet.endsAt())));
        pollUntilTheEnd();
        namesHidden.setVisible(sheet.namesHidden());
        search.setVisible(!sheet.namesHidden());
        list.setVisible(!sheet.namesHidden());
        showRows();
    }

    private void showRows() {
        list.removeAll();
        if (sheet == null || sheet.namesHidden()) {
            return;
        }
        var wanted = search.getValue().strip().toLowerCase(Locale.ROOT);
        var shown = sheet.rows().stream().filter(r -> wanted.isEmpty() || r.fullName().toLowerCase(Locale.ROOT).contains(wanted))
                .map(r -> new CheckInRow(r, sheet.open(), this::checkIn, this::undo)).toList();
        shown.forEach(list::add);
        if (shown.isEmpty()) {
            var empty = new Paragraph(wanted.isEmpty() ? getTranslation("results.checkin.none")
                    : getTranslation("results.checkin.no-match", search.getValue().strip()));
            empty.setId("checkin-empty");
            list.add(empty);
        }
    }

    private void checkIn(long registrationId) {
        act(() -> {
            var outcome = attendance.checkIn(registrationId);
            notice(outcome.changed() ? "results.checkin.done" : "results.checkin.already", name(registrationId));
        });
    }

    private void undo(long registrationId) {
        act(() -> {
            if (attendance.undoCheckIn(registrationId)) {
                notice("results.checkin.undone", name(registrationId));
            }
        });
    }

    private void openWalkIn() {
        var dialog = new WalkInDialog(provinces.all(), sheet.provinceCode());
        dialog.addSaveListener(e -> {
            try {
                attendance.walkIn(sessionId, e.details());
                dialog.close();
                notice("results.checkin.done", e.details().fullName());
                refresh();
            } catch (InvalidInputException invalid) {
                dialog.show(invalid);
            } catch (BusinessRuleException refused) {
                refusal(refused);
                refresh();
            } catch (org.springframework.security.access.AccessDeniedException denied) {
                // A griffie registers only people of its own province.
                refusal(new BusinessRuleException("results.checkin.walk-in.other-province"));
            }
        });
        dialog.open();
    }

    private void askNoShows() {
        var open = sheet.rows().stream().filter(r -> !r.checkedIn() && !r.noShow()).count();
        new NoShowsDialog(open, () -> act(() -> notice("results.checkin.no-shows.done", attendance.markNoShows(sessionId))))
                .open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException refused) {
            refusal(refused);
        }
        refresh();
    }

    private String name(long registrationId) {
        return sheet.rows().stream().filter(r -> r.registrationId() == registrationId).map(CheckInSheet.Row::fullName)
                .findFirst().orElse("");
    }

    private void notice(String key, Object... args) {
        Notification.show(getTranslation(key, args), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refusal(BusinessRuleException e) {
        Notification.show(getTranslation(e.messageKey(), e.arguments()), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.checkin.title") + (sheet == null ? "" : " · " + sheet.title());
    }
}
