package nl.weerbaarbestuur.ontour.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.registration.ManagePageSection;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/** The personal manage link: see the registration, change needs, cancel. No account needed. */
@Route("mijn/:token")
@AnonymousAllowed
class ManageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantRegistrations registrations;
    private final PlanningService planning;
    private final java.util.List<nl.weerbaarbestuur.ontour.registration.ManagePageSection> sections;
    private String token;

    ManageView(ParticipantRegistrations registrations, PlanningService planning,
               java.util.List<nl.weerbaarbestuur.ontour.registration.ManagePageSection> sections) {
        this.registrations = registrations;
        this.planning = planning;
        this.sections = sections;
        addClassName("ot-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("manage.title")));
        Attendee registration;
        try {
            registration = registrations.byManageToken(token);
        } catch (BusinessRuleException e) {
            var message = new Paragraph(getTranslation(e.messageKey()));
            message.setId("manage-error");
            add(message, new Anchor("sessies", getTranslation("confirm.to-catalogue")));
            return;
        }
        var session = planning.publicSession(registration.sessionId()).orElse(null);
        if (session != null) {
            // A closed session's address only for a confirmed participant (its facts); others see the town.
            var place = new Paragraph(DutchTime.period(session.startsAt(), session.endsAt(), getLocale())
                    + SessionPlace.suffix(session, registration.status() == RegistrationStatus.CONFIRMED
                    ? planning.find(session.id()) : java.util.Optional.empty()));
            place.setId("manage-session");
            add(new H3(session.title()), place);
        }
        var status = new Paragraph(getTranslation("manage.status", getTranslation("registration.status." + registration.status().name()))
                + (registration.waitlistPosition() != null && registration.status().name().equals("WAITLISTED")
                ? " " + getTranslation("manage.position", registration.waitlistPosition()) : ""));
        status.setId("manage-status");
        add(status);
        if (registration.attendance() != null) {
            var attendance = new Paragraph(getTranslation("manage.attendance",
                    getTranslation("attendance." + registration.attendance().name())));
            attendance.setId("manage-attendance");
            add(attendance);
        }
        if (registrations.showsStatusOnly(registration)) {
            var closed = new Paragraph(getTranslation("manage.closed"));
            closed.setId("manage-closed");
            add(closed);
            sections.stream().filter(ManagePageSection::showsOnEndedRegistrations)
                    .forEach(section -> add(section.create(token, registration)));
            return;
        }
        add(new Paragraph(getTranslation("manage.name", registration.fullName(), registration.email())));
        if (!registration.status().isActive()) {
            sections.forEach(section -> add(section.create(token, registration)));
            return;
        }
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            add(new Paragraph(CalendarLinks.personal(token, this::getTranslation)),
                    new Paragraph(CalendarLinks.subscribe(token, this::getTranslation)));
        }
        var accessibility = area("registration.form.accessibility", registration.accessibilityNeeds(), 1000);
        var dietary = area("registration.form.dietary", registration.dietaryNeeds(), 500);
        var remarks = area("registration.form.remarks", registration.remarks(), 1000);
        var save = new Button(getTranslation("manage.save"), e -> {
            try {
                registrations.changeNeeds(token, accessibility.getValue(), dietary.getValue(), remarks.getValue());
                Notification.show(getTranslation("manage.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                ex.errors().forEach(err -> {
                    var field = switch (err.field()) {
                        case "accessibilityNeeds" -> accessibility;
                        case "dietaryNeeds" -> dietary;
                        default -> remarks;
                    };
                    field.setErrorMessage(getTranslation(err.messageKey(), err.arguments()));
                    field.setInvalid(true);
                });
            }
        });
        save.setId("manage-save");
        var cancel = new Button(getTranslation("manage.cancel"), e -> askToCancel());
        cancel.setId("manage-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(accessibility, dietary, remarks, new Div(save, cancel));
        sections.forEach(section -> add(section.create(token, registration)));
    }

    private TextArea area(String labelKey, String value, int max) {
        var area = new TextArea(getTranslation(labelKey));
        area.setValue(value == null ? "" : value);
        area.setMaxLength(max);
        area.setWidthFull();
        return area;
    }

    private void askToCancel() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("manage.cancel.title"));
        dialog.setText(getTranslation("manage.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("manage.cancel.keep"));
        dialog.setConfirmText(getTranslation("manage.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        // Focus the safe choice: Enter or a hasty tap should keep the seat, not give it away.
        var keep = new com.vaadin.flow.component.button.Button(getTranslation("manage.cancel.keep"), e -> dialog.close());
        keep.setId("manage-cancel-keep");
        keep.setAutofocus(true);
        dialog.setCancelButton(keep);
        dialog.addConfirmListener(e -> {
            try {
                registrations.cancel(token);
            } catch (BusinessRuleException ex) {
                Notification.show(getTranslation(ex.messageKey()), 6000, Notification.Position.MIDDLE);
            }
            render();
        });
        dialog.open();
        // The web component focuses its confirm button once the overlay has opened (autofocus on
        // another button does not win): move the focus as soon as that has happened, within a second.
        keep.getElement().executeJs("""
                const keep = this;
                let tries = 0;
                const timer = setInterval(() => {
                  const confirm = keep.parentElement && keep.parentElement.querySelector('[slot="confirm-button"]');
                  if (document.activeElement === confirm || ++tries > 20) {
                    clearInterval(timer);
                    keep.focus();
                  }
                }, 50);""");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title");
    }
}
