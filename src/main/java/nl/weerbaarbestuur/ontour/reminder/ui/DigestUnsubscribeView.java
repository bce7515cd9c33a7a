package nl.weerbaarbestuur.ontour.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.reminder.GriffieDigestService;

/**
 * The link in a griffie digest. Opening it changes nothing (mail scanners open links); the
 * button turns the digest off.
 */
@Route("digest/afmelden/:token")
@AnonymousAllowed
class DigestUnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GriffieDigestService digests;
    private final Paragraph result = new Paragraph();
    private String token;

    DigestUnsubscribeView(GriffieDigestService digests) {
        this.digests = digests;
        addClassName("ot-page");
        result.setId("digest-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        result.setText("");
        var button = new Button(getTranslation("digest.unsubscribe.button"));
        button.setId("digest-unsubscribe");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            button.setVisible(false);
            result.setText(getTranslation(digests.unsubscribe(token) ? "digest.unsubscribe.done" : "digest.unsubscribe.unknown"));
        });
        add(new H2(getTranslation("digest.unsubscribe.title")), new Paragraph(getTranslation("digest.unsubscribe.text")),
                button, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("digest.unsubscribe.title");
    }
}
