package nl.weerbaarbestuur.ontour.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Mark the rest as absent?": asked once more, because it touches everyone not checked in. */
class NoShowsDialog extends Dialog {

    NoShowsDialog(long notCheckedIn, Runnable confirmed) {
        setHeaderTitle(getTranslation("results.checkin.no-shows"));
        add(new Paragraph(getTranslation("results.checkin.no-shows.question", notCheckedIn)));
        var confirm = new Button(getTranslation("results.checkin.no-shows.confirm"), e -> {
            close();
            confirmed.run();
        });
        confirm.setId("mark-no-shows-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var cancel = new Button(getTranslation("results.checkin.walk-in.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        getFooter().add(cancel, confirm);
    }
}
