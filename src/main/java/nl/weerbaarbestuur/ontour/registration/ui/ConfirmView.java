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
import nl.weerbaarbestuur.ontour.registration.RegistrationOutcome;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/**
 * Where the confirmation e-mail's link lands. Opening it changes nothing (mail scanners open
 * links); only the button confirms. Afterwards the page shows the outcome instead of the request
 * to press the button, with the calendar file and a link to the manage page; opened again, it
 * says the registration was already confirmed.
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
        var already = registrations.alreadyConfirmed(token);
        if (already.isPresent()) {
            add(new H2(getTranslation("confirm.done.title")), result);
            show(already.get(), null);
            return;
        }
        var intro = new Paragraph(getTranslation("confirm.text"));
        intro.setId("confirm-intro");
        var button = new Button(getTranslation("confirm.button"));
        button.setId("confirm");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var title = new H2(getTranslation("confirm.title"));
        button.addClickListener(e -> {
            button.setEnabled(false);
            if (confirm()) {
                title.setText(getTranslation("confirm.done.title"));
                intro.setVisible(false);
            }
            button.setVisible(false);
        });
        add(title, intro, button, result);
    }

    /** @return whether the registration is now confirmed (or was already) */
    private boolean confirm() {
        try {
            var outcome = registrations.confirm(token);
            String manageToken = null;
            if (!outcome.alreadyConfirmed()) {
                manageToken = registrations.manageLinkAfterConfirming(token);
            }
            show(outcome, manageToken);
            return true;
        } catch (BusinessRuleException e) {
            result.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            result.add(new Anchor("sessies", getTranslation("confirm.to-catalogue")));
            result.addClassName("ot-notice-error");
            return false;
        }
    }

    /** The outcome; with a fresh manage link ({@code manageToken}) also the calendar file and the manage page. */
    private void show(RegistrationOutcome outcome, String manageToken) {
        var key = switch (outcome.status()) {
            case CONFIRMED -> "confirm.done.confirmed";
            case WAITLISTED -> "confirm.done.waitlisted";
            case AWAITING_APPROVAL -> "confirm.done.awaiting-approval";
            default -> "confirm.done.other";
        };
        var status = new Paragraph(getTranslation(key, outcome.waitlistPosition() == null ? "" : outcome.waitlistPosition()));
        status.setId("confirm-status");
        result.add(status);
        if (outcome.alreadyConfirmed()) {
            var already = new Paragraph(getTranslation("confirm.already"));
            already.setId("confirm-already");
            result.add(already, new Paragraph(getTranslation("confirm.manage-from-mail")));
        } else if (manageToken != null) {
            if (outcome.status() == RegistrationStatus.CONFIRMED) {
                result.add(new Paragraph(CalendarLinks.personal(manageToken, this::getTranslation)));
            }
            var manage = new Anchor("mijn/" + manageToken, getTranslation("confirm.to-manage"));
            manage.setId("confirm-manage");
            result.add(new Paragraph(manage));
        }
        result.addClassName(outcome.status() == RegistrationStatus.CONFIRMED ? "ot-notice" : "ot-notice-muted");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title");
    }
}
