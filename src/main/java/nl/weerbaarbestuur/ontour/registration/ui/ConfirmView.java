package nl.weerbaarbestuur.ontour.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/**
 * Where the confirmation e-mail's link lands. Opening it changes nothing (mail scanners open
 * links); only the button confirms.
 */
@Route("bevestigen/:token")
@AnonymousAllowed
class ConfirmView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantRegistrations registrations;
    private final Div result = new Div();
    private String token;

    ConfirmView(ParticipantRegistrations registrations) {
        this.registrations = registrations;
        addClassName("ot-page");
        result.setId("confirm-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        result.removeAll();
        var button = new Button(getTranslation("confirm.button"));
        button.setId("confirm");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClickListener(e -> {
            button.setEnabled(false);
            confirm();
            button.setVisible(false);
        });
        add(new H2(getTranslation("confirm.title")), new Paragraph(getTranslation("confirm.text")), button, result);
    }

    private void confirm() {
        try {
            var outcome = registrations.confirm(token);
            var key = switch (outcome.status()) {
                case CONFIRMED -> "confirm.done.confirmed";
                case WAITLISTED -> "confirm.done.waitlisted";
                case AWAITING_APPROVAL -> "confirm.done.awaiting-approval";
                default -> "confirm.done.other";
            };
            result.add(new Paragraph(getTranslation(key, outcome.waitlistPosition() == null ? "" : outcome.waitlistPosition())));
            if (outcome.alreadyConfirmed()) {
                result.add(new Paragraph(getTranslation("confirm.already")));
            }
            result.addClassName(outcome.status() == RegistrationStatus.CONFIRMED ? "ot-notice" : "ot-notice-muted");
        } catch (BusinessRuleException e) {
            result.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            result.add(new Anchor("sessies", getTranslation("confirm.to-catalogue")));
            result.addClassName("ot-notice-error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title");
    }
}
