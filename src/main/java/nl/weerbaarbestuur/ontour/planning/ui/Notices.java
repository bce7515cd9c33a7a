package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/** The short messages after an action: success at the bottom, refusals in the middle and longer. */
final class Notices {

    private Notices() {
    }

    static Notification success(Component source, String key, Object... args) {
        var n = Notification.show(source.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    static Notification error(Component source, String key, Object... args) {
        return errorText(source.getTranslation(key, args));
    }

    static Notification refused(Component source, BusinessRuleException e) {
        return errorText(source.getTranslation(e.messageKey(), e.arguments()));
    }

    static Notification errorText(String text) {
        var n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
