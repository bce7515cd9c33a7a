package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/** The short messages after an action in the griffie workspace. */
final class Notices {

    private Notices() {
    }

    static void success(Component source, String key, Object... args) {
        Notification.show(source.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void refused(Component source, RuntimeException e) {
        String text;
        if (e instanceof BusinessRuleException rule) {
            text = source.getTranslation(rule.messageKey(), rule.arguments());
        } else if (e instanceof InvalidInputException invalid) {
            text = String.join(" ", invalid.errors().stream()
                    .map(error -> source.getTranslation(error.messageKey(), error.arguments())).toList());
        } else {
            text = source.getTranslation("griffie.error.not-allowed");
        }
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
