package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/** Copies a session to another province and/or date: the copy is a new draft at the same times. */
class CopySessionDialog extends Dialog {

    interface Target {
        void copy(Province province, LocalDate date);
    }

    private final Select<Province> province = new Select<>();
    private final DatePicker date;
    private final FieldErrors errors = new FieldErrors();
    private final Paragraph otherErrors = new Paragraph();

    CopySessionDialog(List<Province> provinces, Province current, LocalDate currentDate, Target onCopy) {
        setHeaderTitle(getTranslation("copy.title"));
        setWidth("min(32rem, 96vw)");
        province.setLabel(getTranslation("copy.province"));
        province.setId("copy-province");
        province.setItems(provinces);
        province.setItemLabelGenerator(Province::getName);
        province.setValue(current);
        date = Pickers.date(getTranslation("copy.date"), getLocale());
        date.setId("copy-date");
        date.setValue(currentDate);
        errors.bind("province", province).bind("startsAt", date).bind("endsAt", date);
        otherErrors.addClassName("ot-form-error");
        otherErrors.setVisible(false);
        var form = new FormLayout(province, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        add(new Paragraph(getTranslation("copy.intro")), otherErrors, form);
        var back = new Button(getTranslation("cancel.back"), e -> close());
        back.setId("copy-back");
        var copy = new Button(getTranslation("copy.confirm"), e -> {
            if (date.getValue() == null) {
                date.setErrorMessage(getTranslation("editor.date-required"));
                date.setInvalid(true);
                return;
            }
            onCopy.copy(province.getValue(), date.getValue());
        });
        copy.setId("copy-confirm");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(back, copy);
    }

    void showErrors(InvalidInputException refusal) {
        var unplaced = errors.show(refusal, this);
        otherErrors.setText(String.join(" ", unplaced));
        otherErrors.setVisible(!unplaced.isEmpty());
    }
}
