package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import nl.weerbaarbestuur.ontour.privacy.ErasureService;
import nl.weerbaarbestuur.ontour.registration.ManagePageSection;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/**
 * "Verwijder mijn gegevens" on the participant's manage page, mounted through the registration
 * module's {@link ManagePageSection} (registration does not know the privacy module; privacy
 * depends on registration). It erases every registration with the link's address, after a
 * confirmation that says so and what happens to a seat before the session.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(20)
class ErasureSection implements ManagePageSection {

    private final ErasureService erasure;

    ErasureSection(ErasureService erasure) {
        this.erasure = erasure;
    }

    @Override
    public Component create(String manageToken, Attendee registration) {
        return new Section(erasure, manageToken, nl.weerbaarbestuur.ontour.shared.EmailAddresses.masked(registration.email()));
    }

    /** Erasure stays possible once the link shows the status only; the section shows no personal data. */
    @Override
    public boolean showsOnEndedRegistrations() {
        return true;
    }


    static final class Section extends Div {

        Section(ErasureService erasure, String token, String email) {
            setId("erasure-section");
            addClassName("ot-section");
            var erase = new Button(getTranslation("privacy.erase.button"), e -> {
                var dialog = new ConfirmDialog();
                dialog.setId("erasure-dialog");
                dialog.setHeader(getTranslation("privacy.erase.dialog.title"));
                dialog.setText(getTranslation("privacy.erase.dialog.text", email));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("privacy.erase.dialog.keep"));
                dialog.setConfirmText(getTranslation("privacy.erase.dialog.confirm"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(event -> {
                    try {
                        erasure.eraseByManageToken(token);
                        getUI().ifPresent(ui -> ui.navigate(ErasureDoneView.class));
                    } catch (BusinessRuleException ex) {
                        Notification.show(getTranslation(ex.messageKey()), 6000, Notification.Position.MIDDLE);
                    }
                });
                dialog.open();
            });
            erase.setId("erasure-start");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(new H3(getTranslation("privacy.erase.title")), new Paragraph(getTranslation("privacy.erase.intro")), erase);
        }
    }
}
