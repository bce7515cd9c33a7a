package nl.weerbaarbestuur.ontour.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.weerbaarbestuur.ontour.security.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for organisers, griffies and trainers. After a failed attempt Spring Security returns
 * here with {@code ?error}; the reason it kept in the HTTP session picks the message, without
 * telling whether an unknown address exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("ot-login");
        form.setAction("login");
        // "Wachtwoord vergeten?" opens the passwordreset module's page (by route, no dependency).
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("wachtwoord-vergeten")));
        form.setI18n(i18n(null));

        var card = new Div();
        card.addClassName("ot-login-card");
        var intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("ot-login-intro");
        var participants = new Paragraph(getTranslation("login.participants"));
        participants.addClassName("ot-login-hint");
        var home = new Anchor("", getTranslation("login.to-home"));
        card.add(intro, form, participants, home);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("overzicht");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n(@Nullable Object failure) {
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        var reason = switch (failure) {
            case LoginThrottledException ignored -> "login.error.throttled";
            case DisabledException ignored -> "login.error.disabled";
            case null, default -> "login.error.bad-credentials";
        };
        error.setTitle(getTranslation(reason + ".title"));
        error.setMessage(getTranslation(reason + ".message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
