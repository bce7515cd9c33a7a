package nl.weerbaarbestuur.ontour.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.function.LongConsumer;
import nl.weerbaarbestuur.ontour.attendance.CheckInSheet;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * One attendee on the check-in page: who, what (with their answer to the calendar invite, which
 * hints who will come), and one big button to check in or undo.
 */
class CheckInRow extends Div {

    CheckInRow(CheckInSheet.Row row, boolean open, LongConsumer checkIn, LongConsumer undo) {
        addClassName("rs-checkin-row");
        setClassName("rs-checked-in", row.checkedIn());
        getElement().setAttribute("data-registration", String.valueOf(row.registrationId()));
        var name = new Span(row.fullName());
        name.addClassName("rs-checkin-name");
        var facts = new ArrayList<String>();
        if (row.function() != null) { // null only in an anonymous row, which the view does not list
            facts.add(getTranslation("function." + row.function().name()));
        }
        if (row.fractie() != null) {
            facts.add(row.fractie());
        }
        facts.add(row.provinceCode());
        var details = new Span(String.join(" · ", facts));
        details.addClassName("rs-checkin-details");
        var who = new Div(name, details);
        who.addClassName("rs-checkin-who");
        var state = new Span();
        state.addClassName("ot-badge");
        var checkedInAt = row.checkedInAt();
        if (checkedInAt != null) {
            state.setText(getTranslation("results.checkin.checked-in", DutchTime.time(checkedInAt)));
            state.addClassName("ot-badge-ok");
        } else if (row.noShow()) {
            state.setText(getTranslation("results.checkin.no-show"));
            state.addClassName("ot-badge-muted");
        }
        if (row.calendarAnswer() != null) {
            var answer = new Span(getTranslation(row.calendarAnswer().messageKey()));
            answer.addClassNames("ot-badge", "ot-calendar-answer",
                    row.calendarAnswer() == CalendarAnswer.DECLINED ? "ot-badge-muted" : "ot-badge-ok");
            answer.getElement().setAttribute("data-calendar-answer", row.calendarAnswer().name());
            answer.getStyle().set("align-self", "flex-start");
            who.add(answer);
        }
        if (row.walkIn()) {
            var walkIn = new Span(getTranslation("results.checkin.walk-in-badge"));
            walkIn.addClassNames("ot-badge", "ot-badge-muted");
            who.add(walkIn);
        }
        Button action;
        if (row.checkedIn()) {
            action = new Button(getTranslation("results.checkin.undo"), e -> undo.accept(row.registrationId()));
            action.setId("undo-" + row.registrationId());
            action.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        } else {
            action = new Button(getTranslation("results.checkin.check-in"), e -> checkIn.accept(row.registrationId()));
            action.setId("checkin-" + row.registrationId());
            action.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        }
        action.setEnabled(open);
        action.getElement().setAttribute("aria-label", action.getText() + ": " + row.fullName());
        action.addClassName("rs-checkin-action");
        add(who, state, action);
    }
}
