package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * A dialog that collects reference data and hands it to its view; the view calls the service and,
 * when the service refuses, gives the refusal back to {@link #showErrors} (as in Vaadin's CRM
 * tutorial: the form fires, the view acts).
 */
abstract class EditDialog<I> extends Dialog {

    protected final FormLayout form = new FormLayout();
    protected final FieldErrors errors = new FieldErrors();
    private final Paragraph otherErrors = new Paragraph();

    EditDialog(String title, String idPrefix, Consumer<I> onSave) {
        setHeaderTitle(title);
        setWidth("min(42rem, 96vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        otherErrors.addClassName("ot-form-error");
        otherErrors.setId(idPrefix + "-errors");
        otherErrors.setVisible(false);
        add(otherErrors, form);

        var save = new Button(getTranslation("action.save"), e -> onSave.accept(input()));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
    }

    /** What the organiser entered, unchecked: the service decides. */
    protected abstract I input();

    /**
     * Runs a save from this dialog: on success closes it and says so; a refusal marks the fields
     * and keeps it open; a concurrent change closes it with a warning. Returns whether the view
     * should reload its data.
     */
    boolean save(com.vaadin.flow.component.Component owner, String savedKey, Runnable action) {
        try {
            action.run();
            close();
            Notices.success(owner, savedKey);
            return true;
        } catch (InvalidInputException e) {
            showErrors(e);
            return false;
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            close();
            Notices.error(owner, "error.concurrent-change");
            return true;
        }
    }

    void showErrors(InvalidInputException refusal) {
        var unplaced = errors.show(refusal, this);
        otherErrors.setText(String.join(" ", unplaced));
        otherErrors.setVisible(!unplaced.isEmpty());
    }
}
