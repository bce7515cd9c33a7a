package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a session is cancelled: the reason goes to everyone registered. */
class CancelSessionDialog extends Dialog {

    private final TextArea reason = new TextArea();

    CancelSessionDialog(Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("cancel.title"));
        setWidth("min(36rem, 96vw)");
        reason.setLabel(getTranslation("cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("cancel.intro")), reason);
        var back = new Button(getTranslation("cancel.back"), e -> close());
        back.setId("cancel-back");
        var confirm = new Button(getTranslation("cancel.confirm"), e -> onConfirm.accept(reason.getValue()));
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(back, confirm);
        reason.focus();
    }

    void showError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        reason.focus();
    }
}
