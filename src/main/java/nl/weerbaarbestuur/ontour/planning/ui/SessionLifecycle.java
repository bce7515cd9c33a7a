package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.function.LongConsumer;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * The editor's status line and life-cycle actions: publish (drafts), cancel with a reason,
 * complete (published sessions that are over), and copy to another province or date. Each action
 * is one service call; afterwards the editor reloads ({@code reload}) or opens the copy.
 */
class SessionLifecycle extends Div {

    private final SessionService sessions;
    private final ProvinceService provinces;
    private final VenueService venues;
    private final Clock clock;
    private final LongConsumer reload;
    private final TrainerService trainers;
    private final Span status = new Span();
    private final Paragraph reason = new Paragraph();
    private final Button publish = new Button();
    private final Button cancel = new Button();
    private final Button complete = new Button();
    private final Button copy = new Button();
    private TrainingSession session;

    SessionLifecycle(SessionService sessions, ProvinceService provinces, VenueService venues, TrainerService trainers,
                     Clock clock, LongConsumer reload) {
        this.sessions = sessions;
        this.trainers = trainers;
        this.provinces = provinces;
        this.venues = venues;
        this.clock = clock;
        this.reload = reload;
        addClassName("ot-lifecycle");
        status.setId("session-status");
        reason.setId("cancellation-reason");
        reason.addClassName("ot-muted");
        button(publish, "editor.publish", "session-publish", this::askPublish);
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        button(cancel, "editor.cancel-session", "session-cancel", this::askCancel);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button(complete, "editor.complete", "session-complete", () -> act(() -> sessions.complete(id()), "editor.completed"));
        button(copy, "editor.copy", "session-copy", this::askCopy);
        var buttons = new HorizontalLayout(publish, complete, copy, cancel);
        buttons.setWrap(true);
        var line = new HorizontalLayout(status, buttons);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        line.setWrap(true);
        line.setWidthFull();
        add(line, reason);
    }

    private void button(Button button, String key, String id, Runnable action) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(e -> action.run());
    }

    void showNew() {
        session = null;
        status.removeAll();
        status.add(StatusBadge.of(this, SessionStatus.DRAFT));
        status.add(new Span(" " + getTranslation("editor.not-saved")));
        reason.setVisible(false);
        for (var b : new Button[]{publish, cancel, complete, copy}) {
            b.setVisible(false);
        }
    }

    void show(TrainingSession shown) {
        session = shown;
        var now = clock.instant();
        status.removeAll();
        status.add(new Span(getTranslation("editor.status") + " "), StatusBadge.of(this, shown.getStatus()));
        reason.setVisible(shown.getCancellationReason() != null);
        reason.setText(shown.getCancellationReason() == null ? ""
                : getTranslation("editor.cancel-reason", shown.getCancellationReason()));
        publish.setVisible(shown.getStatus() == SessionStatus.DRAFT);
        cancel.setVisible(shown.getStatus() == SessionStatus.DRAFT || shown.getStatus() == SessionStatus.PUBLISHED);
        complete.setVisible(shown.getStatus() == SessionStatus.PUBLISHED && !shown.getEndsAt().isAfter(now));
        copy.setVisible(true);
    }

    private long id() {
        return session.getId();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notices.success(this, successKey);
        } catch (BusinessRuleException e) {
            Notices.refused(this, e);
        }
        reload.accept(id());
    }

    /** Publishing tells people: first show the public page's text and who will hear of it. */
    private void askPublish() {
        var plan = sessions.planOf(id());
        var province = provinces.all().stream().filter(p -> p.getCode().equals(session.getProvinceCode()))
                .map(nl.weerbaarbestuur.ontour.province.Province::getName).findFirst().orElse(session.getProvinceCode());
        var venue = plan.venueId() == null ? null : venues.optionsFor(session.getProvinceCode()).stream()
                .filter(v -> v.getId().equals(plan.venueId())).map(v -> v.getName()).findFirst().orElse(null);
        var where = venue == null ? getTranslation("format." + session.getFormat().name())
                : venue + (session.getFormat().hasMeetingLink() ? " · " + getTranslation("format." + session.getFormat().name()) : "");
        var names = trainers.all().stream().filter(t -> plan.trainerIds().contains(t.getId())).map(t -> t.getName()).sorted()
                .toList();
        var preview = new PublishDialog.Preview(session.getTitle(),
                DutchTime.period(session.getStartsAt(), session.getEndsAt(), getLocale()), where, province,
                session.getDescription(), session.getCapacity(), names, session.isClosed());
        new PublishDialog(preview, () -> act(() -> sessions.publish(id()), "editor.published")).open();
    }

    private void askCancel() {
        var dialog = new CancelSessionDialog[1];
        dialog[0] = new CancelSessionDialog(text -> {
            try {
                sessions.cancel(id(), text);
            } catch (BusinessRuleException e) {
                dialog[0].showError(getTranslation(e.messageKey(), e.arguments()));
                return;
            }
            dialog[0].close();
            Notices.success(this, "editor.cancelled");
            reload.accept(id());
        });
        dialog[0].open();
    }

    private void askCopy() {
        var all = provinces.all();
        var current = all.stream().filter(p -> p.getCode().equals(session.getProvinceCode())).findFirst().orElse(null);
        var day = DutchTime.inAmsterdam(session.getStartsAt()).toLocalDate().plusWeeks(1);
        var dialog = new CopySessionDialog[1];
        dialog[0] = new CopySessionDialog(all, current, day, (province, date) -> {
            try {
                // In another province the copy is held at that province's provinciehuis (the organiser can change it).
                var elsewhere = province != null && !province.getCode().equals(session.getProvinceCode());
                Long venue = elsewhere && session.getFormat().hasVenue() ? venues.optionsFor(province.getCode()).getFirst().getId() : null;
                var created = sessions.copy(id(), province == null ? null : province.getCode(), date, venue);
                dialog[0].close();
                Notices.success(this, "editor.copied");
                // Open the copy and run the planning check on it at once: it may clash where the original did not.
                UI.getCurrent().navigate(SessionEditorView.class, new RouteParameters("id", String.valueOf(created.getId())),
                        QueryParameters.of("controleer", "ja"));
            } catch (InvalidInputException e) {
                dialog[0].showErrors(e);
            } catch (BusinessRuleException e) {
                Notices.refused(this, e);
            }
        });
        dialog[0].open();
    }
}
