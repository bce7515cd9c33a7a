package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;

/**
 * "31 aanmeldingen: 8 bevestigd · 2 op de wachtlijst · 21 geannuleerd": how the list's count and the
 * header's "8 van 30 plaatsen bezet" explain each other. Each part filters the list on that status.
 * Read with one count per status (a fixed number of statements, however long the list).
 */
class StatusSummary extends Div {

    private final Consumer<RegistrationStatus> pick;

    StatusSummary(Consumer<RegistrationStatus> pick) {
        this.pick = pick;
        setId("attendee-status-counts");
        addClassName("ot-status-summary");
    }

    /**
     * @param count      how many registrations (the user may see) match a filter
     * @param ownPeople  whether the list shows only the user's provinces, while the seats count all
     */
    void show(ToLongFunction<AttendeeFilter> count, boolean ownPeople) {
        removeAll();
        long total = 0;
        var parts = new Div();
        parts.addClassName("ot-status-parts");
        for (var status : RegistrationStatus.values()) {
            long n = count.applyAsLong(new AttendeeFilter(null, EnumSet.of(status)));
            total += n;
            if (n == 0) {
                continue;
            }
            var part = new Button(getTranslation("griffie.status.count", n,
                    getTranslation("registration.status." + status.name())), e -> pick.accept(status));
            part.setId("status-count-" + status.name());
            part.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            parts.add(part);
        }
        // Nobody yet: the list says so itself ("Geen aanmeldingen" once, not three times).
        setVisible(total > 0);
        var lead = new Span(getTranslation("griffie.list.count", total) + ":");
        lead.addClassName("ot-status-total");
        add(lead, parts);
        if (ownPeople) {
            var scope = new Span(getTranslation("griffie.status.summary.scope"));
            scope.addClassName("ot-muted");
            add(scope);
        }
    }
}
