package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/**
 * What an action on several attendees did to each of them: one row is told as before (a short
 * notice); several get a list, one line per person, so a refusal is not lost among the successes.
 */
final class BulkOutcome {

    private record Line(String text, boolean ok, RuntimeException refusal) {
    }

    private final Component source;
    private final List<Line> lines = new ArrayList<>();

    BulkOutcome(Component source) {
        this.source = source;
    }

    void done(String name, String text) {
        lines.add(new Line(text, true, null));
    }

    void refused(String name, RuntimeException refusal) {
        lines.add(new Line(source.getTranslation("griffie.bulk.result.refused", name, reason(refusal)), false, refusal));
    }

    void show() {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            var line = lines.getFirst();
            if (line.ok()) {
                Notices.success(source, "griffie.bulk.result.single", line.text());
            } else {
                Notices.refused(source, line.refusal());
            }
            return;
        }
        var dialog = new Dialog();
        dialog.setId("bulk-outcome");
        dialog.setHeaderTitle(source.getTranslation("griffie.bulk.result.title"));
        var list = new UnorderedList();
        for (var line : lines) {
            var item = new ListItem(line.text());
            item.addClassName(line.ok() ? "ot-outcome-ok" : "ot-outcome-refused");
            list.add(item);
        }
        dialog.add(list);
        var close = new Button(source.getTranslation("griffie.bulk.result.close"), e -> dialog.close());
        close.setId("bulk-outcome-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private String reason(RuntimeException e) {
        return e instanceof BusinessRuleException rule ? source.getTranslation(rule.messageKey(), rule.arguments())
                : source.getTranslation("griffie.error.not-allowed");
    }
}
