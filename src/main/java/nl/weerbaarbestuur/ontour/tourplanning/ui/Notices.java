package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/** The short messages after an action, as the planning screens show them: success at the bottom, refusals in the middle. */
final class Notices {

    private Notices() {
    }

    static Notification success(Component source, String key, Object... args) {
        var n = Notification.show(source.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    static Notification refused(Component source, BusinessRuleException e) {
        var n = Notification.show(source.getTranslation(e.messageKey(), e.arguments()), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
