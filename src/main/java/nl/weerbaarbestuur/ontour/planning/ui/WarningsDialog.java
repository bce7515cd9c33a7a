package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The planning rules an organiser may knowingly break (a trainer booked twice, a public holiday,
 * ...): listed in words before anything is saved, with "Toch opslaan" and "Terug".
 */
class WarningsDialog extends Dialog {

    WarningsDialog(List<String> warnings, Runnable saveAnyway) {
        setHeaderTitle(getTranslation("warnings.title"));
        setWidth("min(36rem, 96vw)");
        var list = new UnorderedList();
        list.setId("planning-warnings");
        list.addClassName("ot-warnings");
        warnings.forEach(w -> list.add(new ListItem(w)));
        add(new Paragraph(getTranslation("warnings.intro")), list);
        var back = new Button(getTranslation("warnings.back"), e -> close());
        back.setId("warnings-back");
        var save = new Button(getTranslation("warnings.save-anyway"), e -> {
            close();
            saveAnyway.run();
        });
        save.setId("save-anyway");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(back, save);
        back.focus();
    }
}
