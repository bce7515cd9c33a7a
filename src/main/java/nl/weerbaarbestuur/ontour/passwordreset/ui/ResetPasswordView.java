package nl.weerbaarbestuur.ontour.passwordreset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.passwordreset.PasswordResetService;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/** Sets a new password through a one-time link from the reset mail. */
@Route(value = "wachtwoord-herstellen", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResetService resets;
    private final Div card = new Div();
    private String token;

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("ot-login");
        card.addClassName("ot-login-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
        card.removeAll();
        card.add(new H1(getTranslation("password-reset.set.title")));
        if (!resets.linkIsUsable(token)) {
            showEnd("password-reset.error.invalid-link");
            return;
        }
        var password = new PasswordField(getTranslation("password-reset.set.password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("password-reset.set.rules"));
        password.setWidthFull();
        var repeat = new PasswordField(getTranslation("password-reset.set.repeat"));
        repeat.setId("reset-repeat");
        repeat.setWidthFull();
        var save = new Button(getTranslation("password-reset.set.submit"), e -> save(password, repeat));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(password, repeat, save);
    }

    private void save(PasswordField password, PasswordField repeat) {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password-reset.set.mismatch"));
            return;
        }
        try {
            var request = VaadinRequest.getCurrent();
            resets.setPassword(token, password.getValue(), request == null ? null : request.getRemoteAddr());
            card.removeAll();
            card.add(new H1(getTranslation("password-reset.set.title")));
            showEnd("password-reset.set.done");
        } catch (BusinessRuleException e) {
            if ("password-reset.error.invalid-link".equals(e.messageKey())) {
                card.removeAll();
                card.add(new H1(getTranslation("password-reset.set.title")));
                showEnd(e.messageKey());
            } else {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        }
    }

    private void showEnd(String key) {
        var text = new Paragraph(getTranslation(key));
        text.setId("reset-result");
        card.add(text, new Anchor("login", getTranslation("password-reset.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.set.title");
    }
}
