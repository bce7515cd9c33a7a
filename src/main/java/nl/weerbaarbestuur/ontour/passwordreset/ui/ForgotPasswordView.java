package nl.weerbaarbestuur.ontour.passwordreset.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.passwordreset.PasswordResetService;

/**
 * "Wachtwoord vergeten": asks the address and always gives the same answer, so the page tells no
 * one whether an address has an account.
 */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final EmailField email = new EmailField();
    private final Div card = new Div();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("ot-login");
        card.addClassName("ot-login-card");
        email.setId("reset-email");
        email.setLabel(getTranslation("password-reset.request.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        add(card);
    }

    /** A fresh form on every visit, also when the page is opened again after an answer. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        email.clear();
        email.setInvalid(false);
        var send = new Button(getTranslation("password-reset.request.submit"), e -> send());
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        card.removeAll();
        card.add(new H1(getTranslation("password-reset.request.title")),
                new Paragraph(getTranslation("password-reset.request.intro")), email, send,
                new Anchor("login", getTranslation("password-reset.to-login")));
    }

    private void send() {
        if (email.getValue().isBlank()) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation("password-reset.request.email-required"));
            return;
        }
        var request = VaadinRequest.getCurrent();
        resets.requestLink(email.getValue(), request == null ? null : request.getRemoteAddr(), getLocale().getLanguage());
        var answer = new Paragraph(getTranslation("password-reset.request.sent"));
        answer.setId("reset-answer");
        card.removeAll();
        card.add(new H1(getTranslation("password-reset.request.title")), answer,
                new Anchor("login", getTranslation("password-reset.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.request.title");
    }
}
