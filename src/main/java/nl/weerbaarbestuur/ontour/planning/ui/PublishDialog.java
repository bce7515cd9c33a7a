package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Before a session goes public: how its public page will read, and who hears of it. Publishing
 * sends the trainers an invitation and opens registration, so the organiser confirms with both
 * in view rather than finding out afterwards.
 */
class PublishDialog extends Dialog {

    /** What the public page will show, already formatted. */
    record Preview(String title, String when, String where, String province, String description, int capacity,
                   List<String> trainerNames, boolean closed) {
    }

    PublishDialog(Preview preview, Runnable publish) {
        setHeaderTitle(getTranslation("editor.publish.title"));
        setId("publish-dialog");
        setWidth("min(40rem, 95vw)");

        var page = new Div();
        page.setId("publish-preview");
        page.addClassName("ot-publish-preview");
        page.add(new H4(preview.title()), new Paragraph(preview.when()), new Paragraph(preview.where()));
        if (preview.description() != null && !preview.description().isBlank()) {
            page.add(new Paragraph(preview.description()));
        }
        page.add(new Paragraph(getTranslation("editor.publish.seats", preview.capacity())));

        var told = new UnorderedList();
        told.setId("publish-told");
        told.add(new ListItem(preview.trainerNames().isEmpty() ? getTranslation("editor.publish.no-trainers")
                : getTranslation("editor.publish.trainers", String.join(", ", preview.trainerNames()))));
        told.add(new ListItem(preview.closed() ? getTranslation("editor.publish.closed")
                : getTranslation("editor.publish.public", preview.province())));
        add(new H3(getTranslation("editor.publish.preview")), page, new H3(getTranslation("editor.publish.who")), told);

        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("publish-cancel");
        var confirm = new Button(getTranslation("editor.publish.confirm"), e -> {
            close();
            publish.run();
        });
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        getFooter().add(cancel, confirm);
    }
}
