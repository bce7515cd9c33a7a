package nl.weerbaarbestuur.ontour.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * Organisers edit the text of each e-mail per language, with the placeholders it may use, a live
 * preview on a sample registration and a test sent to themselves. A template that does not render
 * is refused when saved, with the reason on the field.
 */
@Route("beheer/mail/sjablonen")
@Menu(order = 86, title = "nav.mail-templates", icon = "vaadin:file-text-o")
@RolesAllowed(Role.Names.ORGANISER)
class MailTemplateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MailTemplates templates;
    private final Select<MailType> type = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final UnorderedList placeholders = new UnorderedList();
    private final Paragraph state = new Paragraph();
    private final H3 previewSubject = new H3();
    private final Pre previewText = new Pre();

    MailTemplateView(MailTemplates templates) {
        this.templates = templates;
        addClassName("ot-page");

        type.setId("template-type");
        type.setLabel(getTranslation("mail.templates.type"));
        type.setItems(MailType.values());
        type.setItemLabelGenerator(t -> getTranslation("mail.type." + t.name()));
        language.setId("template-language");
        language.setLabel(getTranslation("mail.templates.language"));
        language.setItems(List.of("nl", "en"));
        language.setItemLabelGenerator(l -> getTranslation("language." + l));

        subject.setId("template-subject");
        subject.setLabel(getTranslation("mail.templates.subject"));
        subject.setWidthFull();
        subject.setManualValidation(true);
        body.setId("template-body");
        body.setLabel(getTranslation("mail.templates.body"));
        body.setWidthFull();
        body.setMinHeight("18em");
        body.setManualValidation(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(e -> preview());
        body.addValueChangeListener(e -> preview());
        state.setId("template-state");

        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("mail.templates.reset"), e -> reset());
        reset.setId("template-reset");
        var test = new Button(getTranslation("mail.templates.test"), e -> sendTest());
        test.setId("template-test");

        previewSubject.setId("template-preview-subject");
        previewText.setId("template-preview-text");
        previewText.addClassName("ot-mail-text");
        var preview = new Div(new H2(getTranslation("mail.templates.preview")), previewSubject, previewText);
        preview.addClassName("ot-template-preview");

        type.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());

        add(new H2(getTranslation("mail.templates.title")), new Paragraph(getTranslation("mail.templates.intro")),
                wrapping(type, language), state, subject, body,
                new Paragraph(getTranslation("mail.templates.placeholders")), placeholders,
                wrapping(save, test, reset), preview);
    }

    /** A row that goes on below on a narrow screen rather than out of the window. */
    private static HorizontalLayout wrapping(Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        type.setValue(MailType.values()[0]);
        language.setValue("nl");
        load();
    }

    private void load() {
        if (type.getValue() == null || language.getValue() == null) {
            return;
        }
        var text = templates.current(type.getValue(), language.getValue());
        subject.setValue(text.subject());
        body.setValue(text.body());
        state.setText(getTranslation(text.customised() ? "mail.templates.customised" : "mail.templates.default"));
        placeholders.removeAll();
        for (var name : type.getValue().placeholders()) {
            placeholders.add(new ListItem("{{" + name + "}}: " + getTranslation("mail.field." + name)));
        }
        preview();
    }

    private boolean preview() {
        clearErrors();
        try {
            var content = templates.preview(type.getValue(), language.getValue(), subject.getValue(), body.getValue());
            previewSubject.setText(content.subject());
            previewText.setText(content.text());
            return true;
        } catch (InvalidInputException e) {
            showErrors(e);
            return false;
        }
    }

    private void save() {
        try {
            templates.save(type.getValue(), language.getValue(), subject.getValue(), body.getValue());
            state.setText(getTranslation("mail.templates.customised"));
            notice("mail.templates.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showErrors(e);
            notice("mail.templates.refused", NotificationVariant.LUMO_ERROR);
        }
    }

    private void reset() {
        templates.reset(type.getValue(), language.getValue());
        load();
        notice("mail.templates.reset-done", NotificationVariant.LUMO_SUCCESS);
    }

    private void sendTest() {
        try {
            var to = templates.sendTest(type.getValue(), language.getValue(), subject.getValue(), body.getValue());
            var n = Notification.show(getTranslation("mail.templates.test-sent", to), 5000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    private void clearErrors() {
        subject.setInvalid(false);
        body.setInvalid(false);
    }

    private void showErrors(InvalidInputException refusal) {
        for (var error : refusal.errors()) {
            var field = "subject".equals(error.field()) ? subject : body;
            field.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
            field.setInvalid(true);
        }
    }

    private void notice(String key, NotificationVariant variant) {
        var n = Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.templates.title");
    }
}
